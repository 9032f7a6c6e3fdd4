using System.IO.Compression;

namespace Scoring.Api.Reports;

/// <summary>Rewrites a package with every entry stamped with one given time, so the same report is the same bytes whenever and wherever it is
/// made (EPPlus stamps entries with the clock).</summary>
internal static class StableZip
{
    /// <summary>The package's entries, in order, each with <paramref name="at"/> as its time.</summary>
    public static byte[] Normalize(byte[] package, DateTimeOffset at)
    {
        var stamp = at.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : at;
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}

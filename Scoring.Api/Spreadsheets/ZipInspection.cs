using System.IO.Compression;
using System.Text;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>
/// The zip half of <see cref="UploadGuard"/>: structure, macros and zip-bomb limits. Sizes come from the zip's central
/// directory (<see cref="ZipArchiveEntry.Length"/> and <see cref="ZipArchiveEntry.CompressedLength"/>); nothing is
/// extracted except a bounded prefix of <c>[Content_Types].xml</c>; the XML parts are then streamed by <see cref="XmlPartScan"/>.
/// </summary>
internal static class ZipInspection
{
    /// <summary>A compression ratio above this, on an entry of at least <see cref="RatioMinLength"/>, is refused.</summary>
    internal const int MaxRatio = 200;

    /// <summary>Small entries (styles, XML headers) may compress very well and are never refused for their ratio.</summary>
    internal const long RatioMinLength = 1024 * 1024;

    /// <summary>How many entries are named one by one before the rest are counted.</summary>
    private const int EntriesNamed = 5;

    /// <summary>How much of <c>[Content_Types].xml</c> is read when looking for a macro-enabled content type.</summary>
    private const int ContentTypesPrefix = 256 * 1024;

    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>Adds every problem of a zip to <paramref name="problems"/>; it must be a package of the given kind (a workbook when not said).</summary>
    internal static void Inspect(ReadOnlySpan<byte> bytes, string where, UploadLimits limits, List<Problem> problems, OfficePackage? kind = null)
    {
        kind ??= OfficePackage.Workbook;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                problems.Add(new Problem(where, null, UploadMessages.TooManyEntries(entries.Count, limits.MaxEntries)));
            }

            CheckSizes(entries, where, limits, problems);
            var names = entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = new[] { ContentTypes, kind.MainPart }.Where(n => !names.Contains(n)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new Problem(where, null, UploadMessages.NotWorkbook(missing, Hint(names))));
            }
            else if (HasMacros(archive, names, kind))
            {
                problems.Add(new Problem(where, null, UploadMessages.Macros));
            }
            else if (problems.Count == 0)
            {
                // Only a zip whose declared sizes are within the limits is read, and then only as a stream.
                ActiveContent.Check(archive, where, problems, kind);
                XmlPartScan.Scan(archive, where, limits, problems);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A truncated or corrupt zip: no end-of-directory record, bad headers, or a broken deflate stream.
            problems.Add(new Problem(where, null, UploadMessages.Corrupt));
        }
    }

    /// <summary>Declared sizes against the limits: each entry, then the total, then each large entry's ratio.</summary>
    private static void CheckSizes(IReadOnlyCollection<ZipArchiveEntry> entries, string where, UploadLimits limits, List<Problem> problems)
    {
        var found = new List<string>();
        long total = 0;
        var anyTooLarge = false;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxUncompressedBytes)
            {
                anyTooLarge = true;
                found.Add(UploadMessages.EntryTooLarge(entry.FullName, entry.Length, limits.MaxUncompressedBytes));
                continue;
            }

            // Each entry is within the limit here, so the sum cannot overflow before it passes the limit.
            total += entry.Length;
            if (entry.Length >= RatioMinLength && entry.Length > (long)MaxRatio * entry.CompressedLength)
            {
                found.Add(UploadMessages.Ratio(entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength), MaxRatio));
            }
        }

        problems.AddRange(found.Take(EntriesNamed).Select(m => new Problem(where, null, m)));
        if (found.Count > EntriesNamed)
        {
            problems.Add(new Problem(where, null, UploadMessages.MoreEntries(found.Count - EntriesNamed)));
        }

        // One entry over the limit already says the whole is; the total is for many entries that add up.
        if (!anyTooLarge && total > limits.MaxUncompressedBytes)
        {
            problems.Add(new Problem(where, null, UploadMessages.TotalTooLarge(total, limits.MaxUncompressedBytes)));
        }
    }

    /// <summary>A VBA project, an Excel 4.0 macro sheet, or a macro-enabled content type (.xlsm, .xltm, .xlam).</summary>
    private static bool HasMacros(ZipArchive archive, HashSet<string> names, OfficePackage kind)
    {
        if (names.Contains(kind.Folder + "vbaProject.bin") || names.Any(n => n.StartsWith(kind.Folder + "macrosheets/", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var contentTypes = archive.Entries.First(e => string.Equals(e.FullName, ContentTypes, StringComparison.OrdinalIgnoreCase));
        using var stream = contentTypes.Open();
        // No larger than the part declares (a few kilobytes): a buffer of the whole prefix on every upload would land on the large-object heap.
        var buffer = new byte[(int)Math.Min(ContentTypesPrefix, Math.Max(0, contentTypes.Length))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a zip that is not a workbook probably is, when it can be told from its entry names.</summary>
    private static string? Hint(HashSet<string> names) =>
        names.Contains("xl/workbook.bin") ? UploadMessages.HintXlsb
        : names.Contains("mimetype") && names.Contains("content.xml") ? UploadMessages.HintOds
        : names.Contains("word/document.xml") ? UploadMessages.HintWord
        : names.Contains("ppt/presentation.xml") ? UploadMessages.HintPowerPoint
        : null;
}

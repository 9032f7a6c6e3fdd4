using System.IO.Compression;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>The package the Excel library opens is rebuilt from the entries the guard inspected (the zip's central directory), never the
/// bytes as uploaded: the library walks the local headers, so an entry present only there, or a local header that names another part or
/// declares another size, would otherwise be parsed (and allocated) unchecked. Each entry is copied at most to its declared size; one
/// that inflates to more or less is refused as a damaged file. The upload itself is stored as received.</summary>
internal static class ZipRebuild
{
    /// <summary>The rebuilt package (entries stored uncompressed, in central-directory order), or null with the problem added.</summary>
    public static byte[]? Rebuild(byte[] bytes, string where, List<Problem> problems)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                var buffer = new byte[81920];
                foreach (var entry in input.Entries)
                {
                    if (entry.FullName.EndsWith('/'))
                    {
                        continue;
                    }
                    var copy = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                    using var from = entry.Open();
                    using var to = copy.Open();
                    long copied = 0;
                    int read;
                    while ((read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, entry.Length - copied + 1))) > 0)
                    {
                        copied += read;
                        if (copied > entry.Length)
                        {
                            problems.Add(new Problem(where, null, UploadMessages.Corrupt));
                            return null;
                        }
                        to.Write(buffer, 0, read);
                    }
                    if (copied != entry.Length)
                    {
                        problems.Add(new Problem(where, null, UploadMessages.Corrupt));
                        return null;
                    }
                }
            }
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            problems.Add(new Problem(where, null, UploadMessages.Corrupt));
            return null;
        }
    }
}

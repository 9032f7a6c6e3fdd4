using System.Buffers.Binary;
using System.IO.Compression;

namespace Scoring.Api.Reports;

/// <summary>Stamps every entry of a package with one given time, so the same report is the same bytes whenever and wherever it is made
/// (EPPlus stamps entries with the clock). The times are rewritten in place in the zip headers, with no recompression; a package
/// whose headers carry other time fields is rewritten whole instead.</summary>
internal static class StableZip
{
    private const uint EndOfDirectory = 0x06054b50;
    private const uint DirectoryEntry = 0x02014b50;
    private const uint LocalEntry = 0x04034b50;
    private const ushort MadeBy = 20; // MS-DOS, zip 2.0

    /// <summary>The package with every entry's time set to <paramref name="at"/>.</summary>
    public static byte[] Normalize(byte[] package, DateTimeOffset at) => NormalizeOwn((byte[])package.Clone(), at);

    /// <summary>As <see cref="Normalize"/>, changing the given array (which the caller owns and no one else reads) where it can.</summary>
    public static byte[] NormalizeOwn(byte[] package, DateTimeOffset at)
    {
        var stamp = at.Year < 1980 ? new DateTime(1980, 1, 1) : at.UtcDateTime;
        var time = (ushort)((stamp.Hour << 11) | (stamp.Minute << 5) | (stamp.Second / 2));
        var date = (ushort)(((stamp.Year - 1980) << 9) | (stamp.Month << 5) | stamp.Day);
        return Patch(package, time, date) ? package : Rewrite(package, stamp);
    }

    // Every entry has its time twice: in its local header and in the central directory.
    private static bool Patch(byte[] zip, ushort time, ushort date)
    {
        var span = zip.AsSpan();
        var end = zip.Length - 22;
        while (end >= 0 && BinaryPrimitives.ReadUInt32LittleEndian(span[end..]) != EndOfDirectory)
        {
            end--;
        }
        if (end < 0)
        {
            return false;
        }
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]);
        for (var n = 0; n < count; n++)
        {
            if (at + 46 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) != DirectoryEntry)
            {
                return false;
            }
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            if (extraLength != 0 || local + 30 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[local..]) != LocalEntry
                || BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 28)..]) != 0)
            {
                // Extra fields may hold other timestamps (NTFS, Unix): leave this package to the full rewrite.
                return false;
            }
            // The system that made an entry and its file attributes differ between Windows and Unix: one value for both.
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], MadeBy);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 38)..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 12)..], time);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 14)..], date);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(local + 10)..], time);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(local + 12)..], date);
            at += 46 + nameLength + extraLength + commentLength;
        }
        return true;
    }

    private static byte[] Rewrite(byte[] package, DateTime stamp)
    {
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

using System.Buffers.Binary;
using System.IO.Compression;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Zips whose local headers say more than their central directory: an entry written as a local header and its data just before
/// the central directory, which lists only the real entries (what a hand-crafted file can do and a zip reader that walks the local
/// headers, as the Excel library does, still finds).</summary>
internal static class HiddenEntries
{
    /// <summary>A copy of <paramref name="zip"/> with a deflated local-only entry holding <paramref name="content"/>.</summary>
    public static byte[] WithLocalOnlyEntry(byte[] zip, string name, byte[] content)
    {
        var eocd = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var directoryAt = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(eocd + 16));
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(content);
        }
        var data = deflated.ToArray();
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        var header = new byte[30 + nameBytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), 8);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), Crc32(content));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18), (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22), (uint)content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), (ushort)nameBytes.Length);
        nameBytes.CopyTo(header, 30);
        var inserted = header.Length + data.Length;
        var result = new byte[zip.Length + inserted];
        zip.AsSpan(0, directoryAt).CopyTo(result);
        header.CopyTo(result, directoryAt);
        data.CopyTo(result, directoryAt + header.Length);
        zip.AsSpan(directoryAt).CopyTo(result.AsSpan(directoryAt + inserted));
        // The end record points past the new entry to the unchanged central directory.
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(eocd + inserted + 16), (uint)(directoryAt + inserted));
        return result;
    }

    private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }
        return c;
    })];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }
}

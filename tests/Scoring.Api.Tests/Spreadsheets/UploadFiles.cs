using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using OfficeOpenXml;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Builds the files the upload guard tests feed it, in memory: a real workbook and hostile variants.</summary>
internal static class UploadFiles
{
    /// <summary>A minimal workbook written by EPPlus, optionally with a password.</summary>
    public static byte[] Workbook(string? password = null)
    {
        using var package = new ExcelPackage();
        package.Workbook.Worksheets.Add("A").Cells[1, 1].Value = 1;
        return password is null ? package.GetAsByteArray() : package.GetAsByteArray(password);
    }

    /// <summary>A copy of <paramref name="zip"/> with more entries added, each written by its own action.</summary>
    public static byte[] AddEntries(byte[] zip, params (string Name, Action<Stream> Write)[] entries)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var stream = archive.CreateEntry(name, System.IO.Compression.CompressionLevel.SmallestSize).Open();
                write(stream);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A new zip holding these entries and nothing else.</summary>
    public static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var buffer = new MemoryStream();
        using (new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return AddEntries(buffer.ToArray(), entries);
    }

    /// <summary>Writes text as UTF-8.</summary>
    public static Action<Stream> Text(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes this many zero bytes, a megabyte at a time.</summary>
    public static Action<Stream> Zeros(long count) => s =>
    {
        var block = new byte[1024 * 1024];
        for (var left = count; left > 0; left -= block.Length)
        {
            s.Write(block, 0, (int)Math.Min(left, block.Length));
        }
    };

    /// <summary>
    /// An OLE2 compound file as Office 97-2003 writes it, cut down to what the guard reads: the signature, a 512-byte
    /// header, and one 128-byte directory entry per name (UTF-16LE name, then its byte length with the NUL at 64).
    /// </summary>
    public static byte[] Ole(params string[] names)
    {
        var bytes = new byte[512 + 128 * (names.Length + 1)];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(30), 9);
        var at = 512;
        foreach (var name in names.Prepend("Root Entry"))
        {
            Encoding.Unicode.GetBytes(name).CopyTo(bytes, at);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 64), (ushort)((name.Length + 1) * 2));
            bytes[at + 66] = name == "Root Entry" ? (byte)5 : (byte)2;
            at += 128;
        }

        return bytes;
    }
}

using System.IO.Compression;
using System.Text;
using CompressionLevel = System.IO.Compression.CompressionLevel;
using OfficeOpenXml;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Hostile variants of the valid sample workbook, built in memory with small files.</summary>
internal static class HostileFiles
{
    public const string Agency = "ubnd-huyen-an-lac";

    private const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The valid sample workbook of mau-2024.</summary>
    public static byte[] Sample { get; } = File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", Agency + ".xlsx"));

    /// <summary>The same agency's workbook made for mau-2023.</summary>
    public static byte[] OtherVersion => File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2023", Agency + ".xlsx"));

    /// <summary>The first half of the sample.</summary>
    public static byte[] Truncated => Sample[..(Sample.Length / 2)];

    /// <summary>The sample saved with a password (an OLE2 encrypted package).</summary>
    public static byte[] Password()
    {
        using var package = new ExcelPackage(new MemoryStream(Sample));
        return package.GetAsByteArray("mat-khau");
    }

    /// <summary>The sample with its first worksheet part replaced by this XML (written as a stream).</summary>
    public static byte[] WithSheet(Action<Stream> write) => Replace(Sample, "xl/worksheets/sheet1.xml", write);

    /// <summary>A sheet of a million empty rows; the row numbers keep the ratio ordinary, the file stays small.</summary>
    public static Action<Stream> MillionRows => s =>
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16);
        w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Ns}\"><sheetData>");
        for (var r = 1; r <= 1_000_000; r++)
        {
            w.Write("<row r=\"");
            w.Write(r);
            w.Write("\"/>");
        }
        w.Write("</sheetData></worksheet>");
    };

    /// <summary>A sheet whose one cell is the "billion laughs" entity, ten levels of ten.</summary>
    public static Action<Stream> BillionLaughs => s =>
    {
        var doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            doc.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }
        doc.Append($"]><worksheet xmlns=\"{Ns}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        s.Write(Encoding.UTF8.GetBytes(doc.ToString()));
    };

    /// <summary>A shared-strings part of about 60 MB of ordinary-looking text.</summary>
    public static Action<Stream> HugeSharedStrings => s =>
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16);
        w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Ns}\">");
        var text = new string('x', 1000);
        for (var i = 0; i < 60_000; i++)
        {
            w.Write("<si><t>");
            w.Write(i);
            w.Write(text);
            w.Write("</t></si>");
        }
        w.Write("</sst>");
    };

    /// <summary>A small zip whose score sheet's central directory claims 4 GB expanded (a zip bomb's header).</summary>
    public static byte[] DeclaredBomb()
    {
        var bytes = (byte[])Sample.Clone();
        var name = Encoding.UTF8.GetBytes("xl/worksheets/sheet1.xml");
        // Central directory headers: signature PK\1\2, uncompressed size at +24, name length at +28, name at +46.
        for (var at = 0; at + 46 + name.Length <= bytes.Length; at++)
        {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 1 && bytes[at + 3] == 2
                && bytes.AsSpan(at + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(0xFFFF_FFF0u).CopyTo(bytes, at + 24);
                return bytes;
            }
        }
        throw new InvalidOperationException("No central directory entry for the sheet.");
    }

    /// <summary>A real bomb: a 200 MB sheet of spaces, deflated to a few hundred kilobytes.</summary>
    public static byte[] RealBomb() => Replace(Sample, "xl/worksheets/sheet1.xml", s =>
    {
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)' ');
        for (var i = 0; i < 200; i++)
        {
            s.Write(block);
        }
    });

    /// <summary>A copy of a zip with one entry's content replaced (or added).</summary>
    public static byte[] Replace(byte[] zip, string name, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != name))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                from.CopyTo(to);
            }
            using var added = target.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            write(added);
        }
        return output.ToArray();
    }
}

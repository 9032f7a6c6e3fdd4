using System.IO.Compression;
using System.Xml.Linq;
using Scoring.Api.Tests.Hostile;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Edits to a workbook's XML parts, as another program would write them, for the upload reader's tests.</summary>
internal static class SheetXml
{
    internal static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    internal static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    internal static byte[] Sample(string agency) => System.IO.File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx"));

    internal static XElement Cell(XDocument sheet, string address) =>
        sheet.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == address);

    /// <summary>A new cell style showing numbers in the number format <paramref name="formatId"/>; returns its index.</summary>
    internal static int AddCellStyle(XDocument styles, int formatId)
    {
        var xfs = styles.Root!.Element(Main + "cellXfs")!;
        xfs.Add(new XElement(Main + "xf", new XAttribute("numFmtId", formatId), new XAttribute("fontId", "0"), new XAttribute("fillId", "0"),
            new XAttribute("borderId", "0"), new XAttribute("xfId", "0"), new XAttribute("applyNumberFormat", "1")));
        xfs.SetAttributeValue("count", xfs.Elements().Count());
        return xfs.Elements().Count() - 1;
    }

    internal static void SetNumber(XElement cell, int style, string value)
    {
        cell.SetAttributeValue("s", style);
        cell.SetAttributeValue("t", null);
        cell.Elements().Remove();
        cell.Add(new XElement(Main + "v", value));
    }

    internal static void SetText(XElement cell, int sharedIndex)
    {
        cell.SetAttributeValue("t", "s");
        cell.Elements().Remove();
        cell.Add(new XElement(Main + "v", sharedIndex));
    }

    internal static List<string> Strings(byte[] zip) =>
        [.. XDocument.Load(new MemoryStream(Entry(zip, "xl/sharedStrings.xml"))).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value)))];

    /// <summary>The part holding a sheet, found by its name through the workbook and its relationships.</summary>
    internal static string SheetPart(byte[] zip, string name)
    {
        var id = (string)XDocument.Load(new MemoryStream(Entry(zip, "xl/workbook.xml"))).Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == name).Attribute(Rel + "id")!;
        var target = (string)XDocument.Load(new MemoryStream(Entry(zip, "xl/_rels/workbook.xml.rels"))).Root!.Elements(PackageRel + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    internal static byte[] EditSheet(byte[] zip, string sheet, Action<XDocument> edit) => EditPart(zip, SheetPart(zip, sheet), xml =>
    {
        edit(xml);
        return 0;
    }, out _);

    internal static byte[] EditPart(byte[] zip, string part, Func<XDocument, int> edit, out int result)
    {
        var xml = XDocument.Load(new MemoryStream(Entry(zip, part)));
        result = edit(xml);
        return HostileFiles.Replace(zip, part, s => xml.Save(s, SaveOptions.DisableFormatting));
    }

    internal static byte[] Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static byte[] Without(byte[] zip, string name)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != name))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}

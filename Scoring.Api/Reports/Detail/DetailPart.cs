using System.Globalization;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Xml.Linq;

namespace Scoring.Api.Reports;

/// <summary>Streams the rows of the "Chi tiết" sheet into a package EPPlus has written with the sheet's frame only: the frame's XML is
/// kept (header row, columns, filter, print settings), its style row is replaced by the rows, written straight into the zip, and their
/// text is added to the shared strings. Memory stays that of the package, not of the 600,000 rows.</summary>
internal static class DetailPart
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RowsMark = "rows";

    // Elements that come before rowBreaks in a worksheet, in the schema's order (the breaks go after the last one present).
    private static readonly string[] BeforeBreaks =
        ["sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
         "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
         "pageMargins", "pageSetup", "headerFooter"];

    /// <summary>The package with the sheet's rows in place.</summary>
    public static byte[] Write(byte[] package, DetailSheet sheet)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var (sheetPath, stringsPath) = Parts(input, sheet.Name);
        var frame = Load(input, sheetPath);
        var strings = Load(input, stringsPath);
        var table = new SharedStrings(strings);
        using var output = new MemoryStream(package.Length * 4);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.Where(e => e.FullName != sheetPath && e.FullName != stringsPath))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                from.CopyTo(to);
            }
            using (var to = zip.CreateEntry(sheetPath, CompressionLevel.Optimal).Open())
            {
                WriteSheet(to, frame, sheet, table);
            }
            using (var to = zip.CreateEntry(stringsPath, CompressionLevel.Optimal).Open())
            {
                table.Save(to);
            }
        }
        return output.ToArray();
    }

    private static void WriteSheet(Stream to, XDocument frame, DetailSheet sheet, SharedStrings table)
    {
        XNamespace x = Main;
        var root = frame.Root!;
        var data = root.Element(x + "sheetData")!;
        var styleRow = data.Elements(x + "row").Single(r => (string?)r.Attribute("r") == DetailWriter.StyleRow.ToString(CultureInfo.InvariantCulture));
        var styles = DetailStyles.Of(styleRow);
        styleRow.ReplaceWith(new XComment(RowsMark));
        var last = DetailWriter.HeaderRow + DetailLine.Count(sheet.Rows);
        root.Element(x + "dimension")?.SetAttributeValue("ref", $"A1:I{last}");
        if (sheet.Breaks && Breaks(sheet.Rows) is { Count: > 0 } breaks)
        {
            var after = BeforeBreaks.Select(n => root.Elements(x + n).LastOrDefault()).Last(e => e is not null)!;
            after.AddAfterSelf(new XElement(x + "rowBreaks",
                new XAttribute("count", breaks.Count), new XAttribute("manualBreakCount", breaks.Count),
                breaks.Select(r => new XElement(x + "brk", new XAttribute("id", r), new XAttribute("max", 16383), new XAttribute("man", 1)))));
        }
        var text = frame.Declaration + frame.ToString(SaveOptions.DisableFormatting);
        var mark = $"<!--{RowsMark}-->";
        var at = text.IndexOf(mark, StringComparison.Ordinal);
        // The rows are written on a thread of their own while this one compresses them: on two cores the report takes the time of
        // the slower of the two, not of both. The pipe holds a few MiB at most.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20, useSynchronizationContext: false));
        var rows = Task.Factory.StartNew(() =>
        {
            try
            {
                using var writer = new DetailRowWriter(pipe.Writer.AsStream(), styles, table);
                writer.Raw(text.AsSpan(0, at));
                var row = DetailWriter.HeaderRow;
                foreach (var line in DetailLine.Of(sheet.Rows))
                {
                    writer.Row(++row, line);
                }
                writer.Raw(text.AsSpan(at + mark.Length));
            }
            catch (Exception e)
            {
                pipe.Writer.Complete(e);
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using (var from = pipe.Reader.AsStream())
        {
            from.CopyTo(to);
        }
        rows.GetAwaiter().GetResult();
    }

    // The rows after which a page breaks: the last row of every agency but the last.
    private static List<int> Breaks(IReadOnlyList<ReportRow> rows)
    {
        var breaks = new List<int>(rows.Count);
        var row = DetailWriter.HeaderRow;
        foreach (var (_, agency) in rows)
        {
            row += Math.Max(1, agency.Final.Items.Count);
            breaks.Add(row);
        }
        if (breaks.Count > 0)
        {
            breaks.RemoveAt(breaks.Count - 1);
        }
        return breaks;
    }

    // The parts of the sheet with this name and of the shared strings, from the workbook's relationships.
    private static (string Sheet, string Strings) Parts(ZipArchive zip, string name)
    {
        XNamespace x = Main;
        XNamespace r = Relationships;
        XNamespace p = PackageRelationships;
        var id = (string)Load(zip, "xl/workbook.xml").Root!.Element(x + "sheets")!.Elements(x + "sheet")
            .Single(s => (string?)s.Attribute("name") == name).Attribute(r + "id")!;
        var rels = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(p + "Relationship").ToList();
        string Target(XElement rel)
        {
            var target = (string)rel.Attribute("Target")!;
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        }
        var sheet = Target(rels.Single(e => (string?)e.Attribute("Id") == id));
        var strings = Target(rels.Single(e => ((string?)e.Attribute("Type"))?.EndsWith("/sharedStrings", StringComparison.Ordinal) == true));
        return (sheet, strings);
    }

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = (zip.GetEntry(path) ?? throw new InvalidOperationException($"The package has no part {path}.")).Open();
        return XDocument.Load(stream);
    }
}

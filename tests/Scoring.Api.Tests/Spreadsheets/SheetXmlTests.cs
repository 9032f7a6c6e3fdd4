using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Hostile;
using Scoring.Api.Tests.Support;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Api.Tests.Spreadsheets.SheetXml;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>The upload reader reads the sheet XML itself (no spreadsheet library): workbooks as Excel and other programs save them — shared
/// formulas, rich text, inline texts, absolute part names, the 1904 date system — read as a person sees them in Excel.</summary>
public class SheetXmlTests
{
    private static readonly Scoring.Rules.Compilation.CompiledCriteria C = Criteria.Shipped("mau-2024");
    private static readonly byte[] Valid = Workbooks.Filled(C, Workbooks.Sample(C, "ubnd-huyen-an-lac"));
    private const string File = "an-lac.xlsx";

    private static WorkbookUpload Read(byte[] bytes) => WorkbookReader.Read(bytes, File, C);

    private static int Row(string code) => Workbooks.Row(new OfficeOpenXml.ExcelPackage(new MemoryStream(Valid)).Workbook.Worksheets[TemplateLayout.ScoreSheet], code);

    [Fact]
    public void Read_FormulaFilledDownIntoInputCells_EachCellNamedWithTheFormulaAsItReadsThere()
    {
        // Excel stores a formula filled down once, on the first cell; the others only point at it.
        var (first, second) = (Row("IV.4"), Row("IV.5"));
        var bytes = EditSheet(Valid, TemplateLayout.ScoreSheet, sheet =>
        {
            Cell(sheet, $"E{first}").AddFirst(new XElement(Main + "f", new XAttribute("t", "shared"), new XAttribute("ref", $"E{first}:E{second}"),
                new XAttribute("si", "0"), $"$C{first}+D{first}"));
            Cell(sheet, $"E{second}").AddFirst(new XElement(Main + "f", new XAttribute("t", "shared"), new XAttribute("si", "0")));
        });

        var upload = Read(bytes);

        Assert.Null(upload.Submission);
        Assert.Equal(
            [("IV.4", $"ô E{first}", $"$C{first}+D{first}"), ("IV.5", $"ô E{second}", $"$C{second}+D{second}")],
            upload.Problems.Select(p => (p.Code, p.Where[(p.Where.LastIndexOf(',') + 2)..], Regex.Match(p.Message, "\"=([^\"]*)\"").Groups[1].Value)));
        Assert.All(upload.Problems, p => Assert.StartsWith("Ô nhập liệu chứa công thức", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CellUsingASharedFormulaNoCellStores_RefusedAsUnreadable()
    {
        // Not a file Excel writes: the input cell's value would come from a formula nobody can see.
        var row = Row("IV.4");
        var bytes = EditSheet(Valid, TemplateLayout.ScoreSheet, sheet =>
            Cell(sheet, $"E{row}").AddFirst(new XElement(Main + "f", new XAttribute("t", "shared"), new XAttribute("si", "7"))));

        var upload = Read(bytes);

        Assert.Null(upload.Submission);
        Assert.StartsWith("Không mở được tệp", Assert.Single(upload.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EvidenceWithBoldPart_ReadAsItsText()
    {
        // Excel keeps text with mixed formatting as runs in the shared texts (and a phonetic guide, never shown, in some languages).
        var row = Row("I.1");
        var bytes = EditPart(Valid, "xl/sharedStrings.xml", strings =>
        {
            var index = strings.Root!.Elements(Main + "si").Count();
            strings.Root.Add(new XElement(Main + "si",
                new XElement(Main + "r", new XElement(Main + "rPr", new XElement(Main + "b")), new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), "Báo cáo ")),
                new XElement(Main + "r", new XElement(Main + "t", "số 12/BC-UBND_x000D_")),
                new XElement(Main + "rPh", new XAttribute("sb", "0"), new XAttribute("eb", "1"), new XElement(Main + "t", "ホ"))));
            return index;
        }, out var added);
        bytes = EditSheet(bytes, TemplateLayout.ScoreSheet, sheet => SetText(Cell(sheet, $"G{row}"), added));

        var upload = Read(bytes);

        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal("Báo cáo số 12/BC-UBND", upload.Submission!.Answers["I.1"].Evidence);
    }

    [Fact]
    public void Read_TextsInlineAndPartsNamedFromTheRoot_SameReadingAsTheTemplate()
    {
        // Other programs write each text in its cell instead of the shared table, and name parts from the package root.
        var strings = Strings(Valid);
        var bytes = Valid;
        foreach (var sheet in new[] { TemplateLayout.ScoreSheet, TemplateLayout.MetaSheet })
        {
            bytes = EditSheet(bytes, sheet, xml =>
            {
                foreach (var cell in xml.Descendants(Main + "c").Where(c => (string?)c.Attribute("t") == "s").ToList())
                {
                    var text = strings[int.Parse(cell.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)];
                    cell.SetAttributeValue("t", "inlineStr");
                    cell.Element(Main + "v")!.ReplaceWith(new XElement(Main + "is", new XElement(Main + "t", text)));
                }
            });
        }
        bytes = EditPart(bytes, "xl/_rels/workbook.xml.rels", rels =>
        {
            rels.Root!.Elements(PackageRel + "Relationship").Where(r => ((string)r.Attribute("Type")!).EndsWith("/sharedStrings", StringComparison.Ordinal)).Remove();
            foreach (var r in rels.Root.Elements(PackageRel + "Relationship"))
            {
                r.SetAttributeValue("Target", "/xl/" + ((string)r.Attribute("Target")!).TrimStart('/').Replace("xl/", "", StringComparison.Ordinal));
            }
            return 0;
        }, out _);
        bytes = Without(bytes, "xl/sharedStrings.xml");

        var upload = Read(bytes);

        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(SubmissionJson.Write(Read(Valid).Submission!), SubmissionJson.Write(upload.Submission!));
    }

    [Fact]
    public void Read_SampleSavedAgainByLibreOfficeCalc_SameAnswersAsTheOriginal()
    {
        // Some offices fill the workbook in LibreOffice: its XML differs (its own styles, shared texts, a hidden sheet written anew).
        // The fixture is samples/workbooks/mau-2024/ubnd-huyen-an-lac.xlsx opened and saved as .xlsx by LibreOffice Calc 7.4.
        var original = WorkbookReader.Read(Sample("ubnd-huyen-an-lac"), File, C);
        var resaved = WorkbookReader.Read(System.IO.File.ReadAllBytes(Repo.Path("tests", "Scoring.Api.Tests", "Fixtures", "an-lac-saved-by-libreoffice.xlsx")), File, C);

        Assert.True(resaved.IsValid, string.Join("\n", resaved.Problems));
        Assert.Equal(SubmissionJson.Write(original.Submission!), SubmissionJson.Write(resaved.Submission!));
    }

    [Fact]
    public void Read_NumberInADateFormattedCellOfA1904Workbook_TheNumberTyped()
    {
        // A workbook made on an old Mac counts days from 1904; the number typed is still the number.
        var row = Row("so_mo_hinh_cong_nhan");
        var bytes = EditPart(Valid, "xl/workbook.xml", book =>
        {
            var pr = book.Root!.Element(Main + "workbookPr") ?? new XElement(Main + "workbookPr");
            pr.SetAttributeValue("date1904", "1");
            if (pr.Parent is null)
            {
                book.Root.Element(Main + "sheets")!.AddBeforeSelf(pr);
            }
            return 0;
        }, out _);
        bytes = EditPart(bytes, "xl/styles.xml", styles => AddCellStyle(styles, 14), out var style);
        bytes = EditSheet(bytes, TemplateLayout.ScoreSheet, sheet => SetNumber(Cell(sheet, $"E{row}"), style, "3"));

        var upload = Read(bytes);

        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(3m, upload.Submission!.Inputs["so_mo_hinh_cong_nhan"]);
    }

    [Fact]
    public void Read_ConditionalFormatReusingAFormatId_CellReadByItsOwnFormat()
    {
        // A conditional format (dxfs) may carry a number format with the id of one of the workbook's own: 96 under "0" stays 96.
        var row = Row("II.2");
        var bytes = EditPart(Valid, "xl/styles.xml", styles =>
        {
            var root = styles.Root!;
            var formats = root.Element(Main + "numFmts") ?? new XElement(Main + "numFmts");
            formats.Add(new XElement(Main + "numFmt", new XAttribute("numFmtId", "200"), new XAttribute("formatCode", "0")));
            formats.SetAttributeValue("count", formats.Elements().Count());
            if (formats.Parent is null)
            {
                root.AddFirst(formats);
            }
            var dxfs = root.Element(Main + "dxfs") ?? new XElement(Main + "dxfs");
            dxfs.Add(new XElement(Main + "dxf", new XElement(Main + "numFmt", new XAttribute("numFmtId", "200"), new XAttribute("formatCode", "0%"))));
            dxfs.SetAttributeValue("count", dxfs.Elements().Count());
            if (dxfs.Parent is null)
            {
                root.Element(Main + "cellStyles")!.AddAfterSelf(dxfs);
            }
            return AddCellStyle(styles, 200);
        }, out var style);
        bytes = EditSheet(bytes, TemplateLayout.ScoreSheet, sheet => SetNumber(Cell(sheet, $"E{row}"), style, "96"));

        var upload = Read(bytes);

        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(96m, upload.Submission!.Answers["II.2"].Value);
    }

    [Fact]
    public void Read_TwoPartsWithTheSameName_RefusedAsUnreadable()
    {
        var sheet = SheetPart(Valid, TemplateLayout.ScoreSheet);
        var bytes = UploadFiles.AddEntries(Valid, (sheet, s => s.Write(Entry(Valid, sheet))));

        var upload = Read(bytes);

        Assert.Null(upload.Submission);
        Assert.StartsWith("Không mở được tệp", Assert.Single(upload.Problems).Message, StringComparison.Ordinal);
    }
}

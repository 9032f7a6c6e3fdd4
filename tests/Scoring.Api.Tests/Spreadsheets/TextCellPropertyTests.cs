using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Rules.Tests.Support;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>The upload reader parses the sheet XML itself; any text an agency types (Vietnamese, XML's special characters, line breaks,
/// tabs, control characters, text that looks like an escape) reads back as Excel's library reads the same cell, trimmed.</summary>
public class TextCellPropertyTests
{
    private static readonly Scoring.Rules.Compilation.CompiledCriteria C = Criteria.Shipped("mau-2024");
    private static readonly byte[] Valid = Workbooks.Filled(C, Workbooks.Sample(C, "ubnd-huyen-an-lac"));

    private static readonly char[] Alphabet =
        [.. "aăâbcdđeêghiklmnoôơpqrstuưvxyĐƯỄỮỷ0123456789 _x<>&\"'=+-%/\\\r\n\t", '\u0001', '\u001F', '\u00A0', '\u200B', '\uFEFF'];

    public static Arbitrary<string[]> Texts() => Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Alphabet)).Select(c => new string(c))
            .Select(s => s.Length % 5 == 0 ? "_x0041_" + s : s).Where(s => s.Trim().Length > 0), 2)
        .ToArbitrary();

    [Property(Arbitrary = [typeof(TextCellPropertyTests)], MaxTest = 40)]
    public Property Read_AnyTypedEvidenceAndExplanation_AsTheLibraryReadsTheCell(string[] texts)
    {
        var rows = new List<(string Code, int Row)>();
        var bytes = Workbooks.Edit(Valid, sheet =>
        {
            for (var r = HeaderRow + 1; r <= sheet.Dimension.End.Row; r++)
            {
                if (sheet.Cells[r, Code].Value is string code && C.Version.FindItem(code) is { Kind.TakesAnswer: true } && sheet.Cells[r, Evidence].Value is not null)
                {
                    sheet.Cells[r, Evidence].Value = texts[0];
                    sheet.Cells[r, Explanation].Value = texts[1];
                    rows.Add((code, r));
                }
            }
        });
        using var library = new ExcelPackage(new MemoryStream(bytes));
        var sheet = library.Workbook.Worksheets[ScoreSheet];

        var upload = WorkbookReader.Read(bytes, "van-ban.xlsx", C);

        if (!upload.IsValid)
        {
            return false.Label(string.Join("\n", upload.Problems));
        }
        var wrong = rows.Where(x => upload.Submission!.Answers[x.Code].Evidence != ((string)sheet.Cells[x.Row, Evidence].Value).Trim()
            || upload.Submission.Answers[x.Code].Explanation != ((string)sheet.Cells[x.Row, Explanation].Value).Trim()).ToList();
        return (rows.Count > 0 && wrong.Count == 0).Label($"{rows.Count} rows; differing: {string.Join(", ", wrong.Select(w => w.Code))}");
    }
}

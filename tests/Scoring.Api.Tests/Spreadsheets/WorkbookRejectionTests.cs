using Scoring.Engine.Registry;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Every way an upload can be wrong gets a Vietnamese message naming the sheet, the cell and the item.</summary>
public class WorkbookRejectionTests
{
    private static readonly Scoring.Rules.Compilation.CompiledCriteria C = Criteria.Shipped("mau-2024");
    private static readonly byte[] Valid = Workbooks.Filled(C, Workbooks.Sample(C, "ubnd-huyen-an-lac"));
    private const string File = "an-lac.xlsx";
    private const string Sheet = "trang tính \"Tự chấm điểm\"";

    private static WorkbookUpload Read(byte[] bytes, IReadOnlyDictionary<string, AgencyInfo>? agencies = null) =>
        WorkbookReader.Read(bytes, File, C, agencies);

    private static Engine.Submissions.Problem Single(byte[] bytes, string fragment)
    {
        var upload = Read(bytes);
        Assert.Null(upload.Submission);
        var matching = upload.Problems.Where(p => p.ToString().Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"Expected one problem with \"{fragment}\", got:\n{string.Join("\n", upload.Problems)}");
        return matching[0];
    }

    private static byte[] Edit(Action<ExcelWorksheet, Func<string, int>> edit) =>
        Workbooks.Edit(Valid, sheet => edit(sheet, code => Workbooks.Row(sheet, code)));

    [Fact]
    public void Read_UnchangedFilledTemplate_Valid() => Assert.True(Read(Valid).IsValid, string.Join("\n", Read(Valid).Problems));

    [Fact]
    public void Read_ValueOutOfRange_NamesCellAndRange()
    {
        var bytes = Edit((s, row) => s.Cells[row("II.1"), 6].Value = 7);
        var p = Single(bytes, "II.1");
        Assert.Equal($"{File}, {Sheet}, ô F{Workbooks.Row(Open(bytes), "II.1")}", p.Where);
        Assert.Contains("Điểm tự chấm 7 nằm ngoài khoảng cho phép: cần từ 0 đến 5", p.Message);
    }

    [Fact]
    public void Read_ValueOffStep_NamesCellAndStep()
    {
        var p = Single(Edit((s, row) => s.Cells[row("I.5"), 6].Value = 1.8), "I.5");
        Assert.Matches(@"ô F\d+$", p.Where);
        Assert.Contains("không đúng bước chấm: cần là bội số của 0,25", p.Message);
    }

    [Fact]
    public void Read_TextWhereANumberBelongs_SaysWhatWasFoundAndExpected()
    {
        var p = Single(Edit((s, row) => s.Cells[row("V.1"), 5].Value = "chín mươi"), "V.1");
        Assert.Matches(@"ô E\d+$", p.Where);
        Assert.Contains("Giá trị \"chín mươi\" không phải là một số: cần một tỷ lệ phần trăm từ 0 đến 100", p.Message);
    }

    [Fact]
    public void Read_NumberTypedAsTextWithCommaOrDot_Accepted()
    {
        var upload = Read(Edit((s, row) =>
        {
            s.Cells[row("II.1"), 6].Value = "4,5";
            s.Cells[row("IV.5"), 5].Value = "96.5";
        }));
        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(4.5m, upload.Submission!.Answers["II.1"].Value);
        Assert.Equal(96.5m, upload.Submission.Answers["IV.5"].Value);
    }

    [Fact]
    public void Read_FormulaTypedInAnInputCell_RefusedEvenWithACachedValue()
    {
        // Issue 14: an input cell takes a typed value; a formula (even one whose cached value is fine) could read another file or cell.
        var upload = Read(Workbooks.Edit(Valid, s =>
        {
            s.Cells[Workbooks.Row(s, "IV.4"), 5].Formula = "1+2";
            s.Calculate();
        }));
        var p = Assert.Single(upload.Problems);
        Assert.Equal("IV.4", p.Code);
        Assert.Matches(@"ô E\d+$", p.Where);
        Assert.StartsWith("Ô nhập liệu chứa công thức \"=1+2\"", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingAnswer_NamesTheCellToFill()
    {
        var p = Single(Edit((s, row) => s.Cells[row("III.1"), 5].Value = null), "Thiếu câu trả lời");
        Assert.Matches(@"ô E\d+$", p.Where);
        Assert.Equal("III.1", p.Code);
    }

    [Fact]
    public void Read_MissingRequiredEvidence_NamesTheEvidenceCell()
    {
        var bytes = Edit((s, row) => s.Cells[row("I.1"), 7].Value = null);
        var p = Single(bytes, "Thiếu tài liệu kiểm chứng");
        Assert.Equal($"{File}, {Sheet}, ô G{Workbooks.Row(Open(bytes), "I.1")}", p.Where);
    }

    [Fact]
    public void Read_DuplicatedCode_NamesBothCells()
    {
        var p = Single(Edit((s, row) => s.Cells[row("II.4"), 1].Value = "II.2"), "bị lặp lại");
        Assert.Contains("đã có ở ô A", p.Message);
    }

    [Fact]
    public void Read_TamperedMaximum_SaysTheTemplateWasEdited()
    {
        var p = Single(Edit((s, row) => s.Cells[row("IV.5"), 3].Value = 20), "Điểm tối đa của tiêu chí IV.5");
        Assert.Matches(@"ô C\d+$", p.Where);
        Assert.Contains("mẫu đã bị sửa", p.Message);
    }

    [Fact]
    public void Read_DeletedRow_SaysWhichItemIsMissing()
    {
        var p = Single(Edit((s, row) => s.DeleteRow(row("III.4"))), "Không tìm thấy dòng của tiêu chí III.4");
        Assert.Equal("III.4", p.Code);
    }

    [Fact]
    public void Read_UnknownCodeTyped_SaysTheTemplateWasEdited() =>
        Assert.Contains("không có trong bộ tiêu chí", Single(Edit((s, row) => s.Cells[row("IV.1") - 1, 1].Value = "IV.9"), "IV.9").Message);

    [Fact]
    public void Read_ReorderedAndHiddenRows_StillReadByCode()
    {
        var upload = Read(Edit((s, row) =>
        {
            var a = row("II.1");
            var b = row("II.2");
            for (var col = 1; col <= 8; col++)
            {
                var (va, fa, vb, fb) = (s.Cells[a, col].Value, s.Cells[a, col].Formula, s.Cells[b, col].Value, s.Cells[b, col].Formula);
                Put(s.Cells[a, col], vb, fb);
                Put(s.Cells[b, col], va, fa);
            }
            s.Row(row("III.4")).Hidden = true;
        }));
        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(Workbooks.Sample(C, "ubnd-huyen-an-lac").Answers["II.2"].Value, upload.Submission!.Answers["II.2"].Value);
    }

    [Fact]
    public void Read_WorkbookForAnotherVersion_RefusedWithBothIds()
    {
        var other = Criteria.Shipped("mau-2023");
        var bytes = Workbooks.Filled(other, Workbooks.Sample(other, "ubnd-huyen-an-lac"));
        var p = Assert.Single(Read(bytes).Problems);
        Assert.Equal(File, p.Where);
        Assert.Contains("bộ tiêu chí \"mau-2023\", không phải bộ tiêu chí đang chấm \"mau-2024\"", p.Message);
    }

    [Fact]
    public void Read_UnknownAgencyOrAnotherGroup_NamesTheAgencyCell()
    {
        var agencies = new Dictionary<string, AgencyInfo> { ["so-khac"] = new("so-khac", "Sở khác", "so-nganh") };
        var unknown = Assert.Single(Read(Valid, agencies).Problems);
        Assert.Equal($"{File}, {Sheet}, ô C4", unknown.Where);
        Assert.Contains("Mã đơn vị \"ubnd-huyen-an-lac\" không có trong danh sách đơn vị", unknown.Message);
        agencies["ubnd-huyen-an-lac"] = new("ubnd-huyen-an-lac", "UBND huyện An Lạc", "so-nganh");
        Assert.Contains("thuộc khối \"so-nganh\", nhưng tệp là mẫu của khối \"quan-huyen\"", Assert.Single(Read(Valid, agencies).Problems).Message);
    }

    [Fact]
    public void Read_PlainWorkbookNotFromTheTemplate_Refused()
    {
        using var package = new ExcelPackage();
        package.Workbook.Worksheets.Add("Sheet1").Cells[1, 1].Value = "I.1";
        Assert.Contains("không phải bảng tự chấm điểm do phần mềm tạo ra", Assert.Single(Read(package.GetAsByteArray()).Problems).Message);
    }

    [Fact]
    public void Read_CsvRenamedToXlsx_RefusedBeforeOpening()
    {
        var p = Assert.Single(Read("Mã,Điểm\nI.1,4\n"u8.ToArray()).Problems);
        Assert.Equal(File, p.Where);
        Assert.Contains("CSV", p.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_AppraisalWorkbook_YieldsChangesWithReasons()
    {
        var sample = Workbooks.Sample(C, "ubnd-huyen-an-lac");
        var bytes = Workbooks.Edit(Workbooks.Filled(C, sample, appraisal: true), s =>
        {
            s.Cells[Workbooks.Row(s, "I.5"), 9].Value = 1;
            s.Cells[Workbooks.Row(s, "I.5"), 10].Value = "Chưa có văn bản triển khai Quy chế đối thoại";
        });
        var upload = Read(bytes);
        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        var appraisal = Assert.Single(upload.Submission!.Appraisals!);
        Assert.Equal(("I.5", 1m, "Chưa có văn bản triển khai Quy chế đối thoại"), (appraisal.Key, appraisal.Value.Points, appraisal.Value.Reason));
        var result = C.Scorer.Evaluate(upload.Submission);
        Assert.Equal(sample.Answers["I.5"].Value, result.Items.Single(i => i.Code == "I.5").SelfPoints);
    }

    [Fact]
    public void Read_AppraisalWithoutReason_NamesTheReasonCell()
    {
        var bytes = Workbooks.Edit(Workbooks.Filled(C, Workbooks.Sample(C, "ubnd-huyen-an-lac"), appraisal: true),
            s => s.Cells[Workbooks.Row(s, "II.1"), 9].Value = 3);
        var p = Single(bytes, "Thiếu lý do thẩm định");
        Assert.Matches(@"ô J\d+$", p.Where);
    }

    private static void Put(ExcelRange cell, object? value, string formula)
    {
        if (formula.Length > 0)
        {
            cell.Formula = formula;
        }
        else
        {
            cell.Value = value;
        }
    }

    private static ExcelWorksheet Open(byte[] bytes) => new ExcelPackage(new MemoryStream(bytes)).Workbook.Worksheets[TemplateLayout.ScoreSheet];
}

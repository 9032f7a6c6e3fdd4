using Scoring.Engine.Registry;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Spreadsheets;

/// <summary>A workbook read for one agency and one purpose: the reader's problems, plus one when the file is of the other kind
/// (a self-scoring workbook where an appraisal workbook is expected, or the reverse) or names another agency.</summary>
public static class AgencyWorkbook
{
    /// <summary>Reads the workbook and checks it is the agency's, and of the kind expected.</summary>
    public static (Submission? Submission, List<Problem> Problems) Read(byte[] bytes, string fileName, CompiledCriteria criteria,
        IReadOnlyDictionary<string, AgencyInfo> registry, string agency, bool appraisal, IReadOnlyDictionary<string, string>? attached = null)
    {
        var read = WorkbookReader.Read(bytes, fileName, criteria, registry, attached: attached);
        var problems = new List<Problem>(read.Problems);
        if (read.Stamp is { } stamp && stamp.IsAppraisal != appraisal)
        {
            problems.Insert(0, new Problem(fileName, null, appraisal
                ? "Tệp là bảng tự chấm điểm, không phải bảng thẩm định: hãy tạo bảng thẩm định của đơn vị, nhập điểm và lý do thẩm định rồi nộp lại."
                : "Tệp là bảng thẩm định, không phải bảng tự chấm điểm: kết quả thẩm định được nhập bằng chức năng thẩm định. Đơn vị hãy nộp bảng tự chấm điểm."));
        }
        if (read.Submission is { } parsed && parsed.AgencyCode != agency)
        {
            var (row, column) = TemplateLayout.AgencyCode;
            problems.Add(new Problem(TemplateLayout.Where(fileName, row, column), null, appraisal
                ? $"Bảng thẩm định ghi mã đơn vị \"{parsed.AgencyCode}\", nhưng đang thẩm định đơn vị \"{agency}\"."
                : $"Tệp ghi mã đơn vị \"{parsed.AgencyCode}\", nhưng đang nộp cho đơn vị \"{agency}\": cần đúng mã đơn vị nộp bài."));
        }
        return (read.Submission, problems);
    }
}

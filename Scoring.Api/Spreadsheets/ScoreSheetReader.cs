using Scoring.Engine.Registry;
using Scoring.Api.Spreadsheets.Reading;
using Scoring.Api.Submissions;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Reads the "Tự chấm điểm" sheet row by row, locating each item by its code in column A (where rows are: ScoreSheetReader.Rows.cs).</summary>
/// <remarks>An item with evidence files attached to the submission (<paramref name="attached"/>: item code → the files in words) and no
/// document reference typed has those files as its evidence, so a required evidence is met by either.</remarks>
internal sealed partial class ScoreSheetReader(SheetCells sheet, string file, CriteriaVersion version, TemplateStamp stamp,
    IReadOnlyDictionary<string, AgencyInfo>? agencies, int lastRow, IReadOnlyDictionary<string, string>? attached = null)
{
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);

    public (Submission Submission, List<Problem> Problems) Read()
    {
        var (agency, name) = Agency();
        ScanCodes();
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var appraisals = new Dictionary<string, Appraisal>(StringComparer.Ordinal);
        foreach (var item in version.AllItems.Where(i => version.Applies(i, stamp.Group)))
        {
            if (item.AwardedBySuperior && !stamp.IsAppraisal)
            {
                // Not the agency's to score: its workbook has no row for it.
                if (_rows.TryGetValue(item.Code, out var stray))
                {
                    _problems.Add(new Problem(Where(file, stray, Code), item.Code,
                        $"Tiêu chí {item.Code} do cấp trên đánh giá nên không có trong bảng tự chấm: tệp được lập từ mẫu cũ. Hãy tải lại mẫu."));
                }
                continue;
            }
            if (Row(item.Code, $"tiêu chí {item.Code} \"{item.Title}\"") is not { } row)
            {
                continue;
            }
            CheckMax(item, row);
            if (item.Kind.TakesAnswer && !item.AwardedBySuperior && ReadAnswer(item, row) is { } answer)
            {
                answers[item.Code] = string.IsNullOrWhiteSpace(answer.Evidence) && attached?.GetValueOrDefault(item.Code) is { } files
                    ? answer with { Evidence = files }
                    : answer;
            }
            if (stamp.IsAppraisal && ReadAppraisal(item, row) is { } appraisal)
            {
                appraisals[item.Code] = appraisal;
            }
        }
        var inputs = ReadInputs();
        var submission = new Submission(agency, name, stamp.Group, answers, inputs, null, _locations, file,
            stamp.IsAppraisal ? appraisals : null);
        var unreadable = _problems.Select(p => p.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _problems.AddRange(SubmissionValidator.Validate(version, submission).Where(p => p.Code is null || !unreadable.Contains(p.Code)));
        return (submission, _problems);
    }

    private Answer? ReadAnswer(Item item, int row)
    {
        int[] typed = item.Kind is JudgmentKind or LevelsKind ? [Figure, Points, Evidence, Explanation] : [Figure, Evidence, Explanation];
        if (HasFormula(item.Code, row, typed))
        {
            return null;
        }
        var figure = CellText.Typed(sheet[row, Figure]);
        var points = CellText.Typed(sheet[row, Points]);
        var evidence = Optional(CellText.Of(sheet[row, Evidence]));
        var explanation = Optional(CellText.Of(sheet[row, Explanation]));
        var typedPoints = item.Kind is JudgmentKind;
        var column = typedPoints && !AnswerText.IsNotApplicable(figure) ? Points : Figure;
        var where = Where(file, row, column);
        _locations[item.Code] = where;
        _locations[item.Code + "#evidence"] = Where(file, row, Evidence);
        var raw = column == Points ? points : figure;
        if (raw.Length == 0 && evidence is null && explanation is null)
        {
            return null;
        }
        var answer = AnswerValues.FromText(item, raw, (evidence, explanation), _problems, where);
        if (item.Kind is LevelsKind && answer is { NotApplicable: false } && points.Length > 0)
        {
            _locations[item.Code] = Where(file, row, Points);
            if (!AnswerText.TryParseNumber(points, out var p))
            {
                _problems.Add(new Problem(Where(file, row, Points), item.Code, $"Giá trị \"{points}\" không phải là một số: cần số điểm theo mức đã chọn."));
                return null;
            }
            return answer with { Value = p };
        }
        return answer;
    }

    private Appraisal? ReadAppraisal(Item item, int row)
    {
        if (HasFormula(item.Code, row, Appraised, Reason))
        {
            return null;
        }
        var text = CellText.Typed(sheet[row, Appraised]);
        var reason = CellText.Of(sheet[row, Reason]);
        _locations[item.Code + "#appraisal"] = Where(file, row, Appraised);
        _locations[item.Code + "#reason"] = Where(file, row, Reason);
        if (text.Length == 0)
        {
            if (reason.Length > 0)
            {
                _problems.Add(new Problem(Where(file, row, Appraised), item.Code, "Có lý do thẩm định nhưng chưa có điểm thẩm định: cần nhập điểm, hoặc xóa lý do."));
            }
            return null;
        }
        if (!AnswerText.TryParseNumber(text, out var points))
        {
            _problems.Add(new Problem(Where(file, row, Appraised), item.Code, $"Điểm thẩm định \"{text}\" không phải là một số: cần điểm từ 0 đến {Num.Vi(item.Max)}."));
            return null;
        }
        return new Appraisal(points, reason);
    }

    private Dictionary<string, decimal> ReadInputs()
    {
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var input in version.Inputs)
        {
            if (Row(input.Code, $"số liệu {input.Code} \"{input.Title}\"") is not { } row)
            {
                continue;
            }
            var where = Where(file, row, Figure);
            _locations[input.Code] = where;
            if (HasFormula(input.Code, row, Figure))
            {
                continue;
            }
            var raw = CellText.Typed(sheet[row, Figure]);
            if (raw.Length == 0)
            {
                continue;
            }
            var yesNo = input.Type == InputType.Boolean;
            if ((yesNo && AnswerText.TryParseYesNo(raw, out var value)) || (!yesNo && AnswerText.TryParseNumber(raw, out value)))
            {
                inputs[input.Code] = value;
            }
            else
            {
                _problems.Add(new Problem(where, input.Code, $"Số liệu \"{input.Title}\" có giá trị \"{raw}\": cần {(yesNo ? "\"Có\" hoặc \"Không\"" : "một số")}."));
            }
        }
        return inputs;
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;
}

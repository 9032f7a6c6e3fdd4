using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Where things are on the sheet: the agency's code and name, each code's row (unknown and repeated codes refused), and each
/// item's maximum as the template wrote it.</summary>
internal sealed partial class ScoreSheetReader
{
    private (string Code, string? Name) Agency()
    {
        var (row, column) = AgencyCode;
        var code = CellText.Of(sheet[row, column]);
        var name = CellText.Of(sheet[AgencyName.Row, AgencyName.Column]);
        var where = Where(file, row, column);
        if (code.Length == 0)
        {
            _problems.Add(new Problem(where, null, "Thiếu mã đơn vị: cần ghi mã đơn vị ở ô này."));
        }
        else if (agencies is not null)
        {
            if (!agencies.TryGetValue(code, out var known))
            {
                _problems.Add(new Problem(where, null, $"Mã đơn vị \"{code}\" không có trong danh sách đơn vị: cần mã đơn vị đã đăng ký."));
            }
            else if (known.Group != stamp.Group)
            {
                _problems.Add(new Problem(where, null, $"Đơn vị \"{code}\" thuộc khối \"{known.Group}\", nhưng tệp là mẫu của khối \"{stamp.Group}\": hãy tải mẫu của khối {known.Group}."));
            }
        }
        return (code, name.Length > 0 ? name : null);
    }

    private void ScanCodes()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        known.UnionWith(version.AllItems.Select(i => i.Code));
        known.UnionWith(version.Sections.Select(s => s.Code));
        known.UnionWith(version.Inputs.Select(i => i.Code));
        for (var row = HeaderRow + 1; row <= lastRow; row++)
        {
            var code = CellText.Of(sheet[row, Code]);
            if (code.Length == 0)
            {
                continue;
            }
            if (!known.Contains(code))
            {
                _problems.Add(new Problem(Where(file, row, Code), null, $"Mã \"{code}\" không có trong bộ tiêu chí {version.Id}: mẫu đã bị sửa. Hãy tải lại mẫu."));
            }
            else if (_rows.TryGetValue(code, out var first))
            {
                _problems.Add(new Problem(Where(file, row, Code), code, $"Mã {code} bị lặp lại: đã có ở ô {Cell(first, Code)}. Mỗi tiêu chí chỉ được có một dòng."));
            }
            else
            {
                _rows[code] = row;
            }
        }
    }

    private int? Row(string code, string what)
    {
        if (_rows.TryGetValue(code, out var row))
        {
            return row;
        }
        _problems.Add(new Problem($"{file}, trang tính \"{ScoreSheet}\"", code, $"Không tìm thấy dòng của {what}: dòng đã bị xóa hoặc mã đã bị sửa. Hãy tải lại mẫu."));
        return null;
    }

    private void CheckMax(Item item, int row)
    {
        var text = CellText.Of(sheet[row, Max]);
        if (!AnswerText.TryParseNumber(text, out var max) || max != item.Max)
        {
            _problems.Add(new Problem(Where(file, row, Max), item.Code,
                $"Điểm tối đa của tiêu chí {item.Code} là \"{text}\", khác bộ tiêu chí ({Num.Vi(item.Max)}): mẫu đã bị sửa. Hãy tải lại mẫu."));
        }
    }

    /// <summary>Whether any of an item's or input's input cells holds a formula (each one is a problem at its cell): an input cell takes a
    /// value the agency typed, never a formula, which could read another file or another cell than the one checked.</summary>
    private bool HasFormula(string code, int row, params int[] columns)
    {
        var any = false;
        foreach (var column in columns)
        {
            var formula = sheet[row, column].Formula;
            if (!string.IsNullOrWhiteSpace(formula))
            {
                any = true;
                var shown = formula.Length > 60 ? formula[..60] + "…" : formula;
                _problems.Add(new Problem(Where(file, row, column), code,
                    $"Ô nhập liệu chứa công thức \"={shown}\": chỉ nhận giá trị gõ trực tiếp. Hãy gõ số (hoặc dán giá trị, không dán công thức) rồi nộp lại."));
            }
        }
        return any;
    }
}

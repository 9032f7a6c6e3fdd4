using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Storage;

/// <summary>Reads an agency list, CSV (UTF-8) or .xlsx (first sheet), with the header
/// "Mã đơn vị, Tên đơn vị, Khối" and optionally "Đơn vị cấp trên, Hoạt động từ, Hoạt động đến"; every problem names its line or cell.</summary>
public static class AgencyListFile
{
    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> Required { get; } = ["Mã đơn vị", "Tên đơn vị", "Khối"];

    /// <summary>The optional columns, after the required ones.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["Đơn vị cấp trên", "Hoạt động từ", "Hoạt động đến"];

    /// <summary>The header of the three required columns, as CSV.</summary>
    public static string Header => string.Join(",", Required);

    /// <summary>Reads CSV text.</summary>
    public static (IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Problems) Read(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        return Parse(file, lines.Select((l, i) => ($"{file}, dòng {i + 1}", l.Trim().Length == 0 ? null : Split(l))).ToList());
    }

    /// <summary>Reads a file's bytes: an .xlsx workbook (checked by the upload guard first) or CSV text.</summary>
    public static (IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Problems) Read(byte[] bytes, string file)
    {
        if (bytes.Length < 2 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return Read(Encoding.UTF8.GetString(bytes), file);
        }
        var guard = UploadGuard.Check(bytes, file, UploadLimits.Default);
        if (guard.Count > 0)
        {
            return (null, guard);
        }
        using var package = new ExcelPackage(new MemoryStream(bytes, writable: false));
        var sheet = package.Workbook.Worksheets.FirstOrDefault();
        if (sheet?.Dimension is null)
        {
            return (null, [new Problem(file, null, "Bảng tính không có dữ liệu: cần dòng tiêu đề và các dòng đơn vị ở trang tính đầu tiên.")]);
        }
        var rows = new List<(string, List<string>?)>();
        for (var r = 1; r <= Math.Min(sheet.Dimension.End.Row, 100_000); r++)
        {
            var fields = Enumerable.Range(1, Required.Count + Optional.Count).Select(c => CellText.Of(sheet.Cells[r, c])).ToList();
            while (fields.Count > 0 && fields[^1].Length == 0)
            {
                fields.RemoveAt(fields.Count - 1);
            }
            rows.Add(($"{file}, trang tính \"{sheet.Name}\", dòng {r}", fields.Count == 0 ? null : fields));
        }
        return Parse(file, rows);
    }

    private static (IReadOnlyDictionary<string, AgencyInfo>?, IReadOnlyList<Problem>) Parse(string file, List<(string Where, List<string>? Fields)> rows)
    {
        var header = rows.FirstOrDefault().Fields ?? [];
        var width = header.Count;
        if (width < Required.Count || !header.Take(Required.Count).SequenceEqual(Required) || !header.Skip(Required.Count).SequenceEqual(Optional.Take(width - Required.Count)))
        {
            return (null, [new Problem(rows.FirstOrDefault().Where ?? file, null,
                $"Dòng tiêu đề là \"{string.Join(",", header)}\", cần \"{Header}\" (có thể thêm \"{string.Join(",", Optional)}\").")]);
        }
        var problems = new List<Problem>();
        var agencies = new Dictionary<string, AgencyInfo>(StringComparer.Ordinal);
        foreach (var (where, fields) in rows.Skip(1))
        {
            if (fields is null)
            {
                continue;
            }
            if (fields.Count < Required.Count || fields.Count > width || fields.Take(Required.Count).Any(f => f.Length == 0))
            {
                problems.Add(new Problem(where, null, $"Cần {Required.Count} cột không để trống (mã đơn vị, tên đơn vị, khối), tối đa {width} cột, nhưng có: \"{string.Join(",", fields)}\"."));
                continue;
            }
            var from = Date(fields, 4, where, problems);
            var to = Date(fields, 5, where, problems);
            var agency = new AgencyInfo(fields[0], fields[1], fields[2], fields.Count > 3 && fields[3].Length > 0 ? fields[3] : null, from, to);
            if (!agencies.TryAdd(agency.Code, agency))
            {
                problems.Add(new Problem(where, agency.Code, $"Mã đơn vị \"{agency.Code}\" bị trùng."));
            }
        }
        return problems.Count == 0 ? (agencies, problems) : (null, problems);
    }

    private static DateOnly? Date(List<string> fields, int index, string where, List<Problem> problems)
    {
        if (fields.Count <= index || fields[index].Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(fields[index], ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new Problem(where, fields[0], $"Ngày \"{fields[index]}\" ở cột \"{Optional[index - 3]}\" không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 01/01/2024."));
        return null;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }
}

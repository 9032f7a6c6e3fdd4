using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Scoring.Engine.Registry;
using Scoring.Engine.Submissions;
using Scoring.Api.Storage;

namespace Scoring.Api.Spreadsheets;

/// <summary>Reads an agency list, CSV (UTF-8) or .xlsx (first sheet), with the header
/// "Mã đơn vị, Tên đơn vị, Khối" and optionally "Đơn vị cấp trên, Hoạt động từ, Hoạt động đến, Thay thế cho" (the codes an agency replaces,
/// separated by ";"); every problem names its line or cell.</summary>
public static class AgencyListFile
{
    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> Required { get; } = ["Mã đơn vị", "Tên đơn vị", "Khối"];

    /// <summary>The optional columns, after the required ones.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["Đơn vị cấp trên", "Hoạt động từ", "Hoạt động đến", "Thay thế cho"];

    /// <summary>The header of the three required columns, as CSV.</summary>
    public static string Header => string.Join(",", Required);

    /// <summary>Reads CSV text; every line obeys the registry's rules on its own (<see cref="RegistryPolicy"/>).</summary>
    public static (IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Problems) Read(string text, string file)
    {
        var read = Checked(ReadRows(text, file), file, [], [], new Dictionary<string, AgencyInfo>());
        return (read.Agencies, read.Errors);
    }

    /// <summary>Reads a file's bytes: an .xlsx workbook (checked by the upload guard first) or CSV text.</summary>
    public static (IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Problems) Read(byte[] bytes, string file)
    {
        var read = Read(bytes, file, [], []);
        return (read.Agencies, read.Errors);
    }

    /// <summary>Reads a file against the registry as it is: codes already stored (a code differing only in case is refused) and the groups
    /// stored criteria declare (another group is a warning). Nothing is returned to import when any line is refused.</summary>
    public static AgencyListRead Read(byte[] bytes, string file, IReadOnlyCollection<string> existingCodes, IReadOnlyCollection<string> knownGroups,
        IReadOnlyDictionary<string, AgencyInfo>? stored = null)
    {
        stored ??= new Dictionary<string, AgencyInfo>();
        if (bytes.Length < 2 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return Checked(ReadRows(Encoding.UTF8.GetString(bytes), file), file, existingCodes, knownGroups, stored);
        }
        var (rows, problems) = ReadSheet(bytes, file);
        return rows is null ? new AgencyListRead(null, problems, []) : Checked(rows, file, existingCodes, knownGroups, stored);
    }

    private static List<(string, List<string>?)> ReadRows(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        return [.. lines.Select((l, i) => ($"{file}, dòng {i + 1}", l.Trim().Length == 0 ? null : Split(l)))];
    }

    private static AgencyListRead Checked(List<(string Where, List<string>? Fields)> rows, string file, IReadOnlyCollection<string> existing, IReadOnlyCollection<string> groups,
        IReadOnlyDictionary<string, AgencyInfo> stored)
    {
        var (agencies, problems, entries) = Parse(file, rows);
        var (policy, warnings) = RegistryPolicy.Check(entries, existing, groups);
        var refused = policy.Concat(Lineage.Check(entries, stored));
        // Every refused line once, in the order of the file.
        var order = rows.Select((r, i) => (r.Where, i)).GroupBy(r => r.Where).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var errors = problems.Concat(refused).OrderBy(p => order.GetValueOrDefault(p.Where, int.MaxValue)).ToList();
        return agencies is null || errors.Count > 0 ? new AgencyListRead(null, errors, warnings) : new AgencyListRead(agencies, [], warnings);
    }

    private static (List<(string, List<string>?)>? Rows, IReadOnlyList<Problem> Problems) ReadSheet(byte[] bytes, string file)
    {
        var guard = UploadGuard.Open(bytes, file, UploadLimits.Default);
        if (guard.Package is not { } checkedPackage)
        {
            return (null, guard.Problems);
        }
        using var package = new ExcelPackage(new MemoryStream(checkedPackage, writable: false));
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
        return (rows, []);
    }

    private static (IReadOnlyDictionary<string, AgencyInfo>?, IReadOnlyList<Problem>, List<AgencyEntry>) Parse(string file, List<(string Where, List<string>? Fields)> rows)
    {
        var header = rows.FirstOrDefault().Fields ?? [];
        var width = header.Count;
        if (width < Required.Count || !header.Take(Required.Count).SequenceEqual(Required) || !header.Skip(Required.Count).SequenceEqual(Optional.Take(width - Required.Count)))
        {
            return (null, [new Problem(rows.FirstOrDefault().Where ?? file, null,
                $"Dòng tiêu đề là \"{string.Join(",", header)}\", cần \"{Header}\" (có thể thêm \"{string.Join(",", Optional)}\").")], []);
        }
        var problems = new List<Problem>();
        var agencies = new Dictionary<string, AgencyInfo>(StringComparer.Ordinal);
        var entries = new List<AgencyEntry>();
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
            var agency = new AgencyInfo(fields[0], fields[1], fields[2], fields.Count > 3 && fields[3].Length > 0 ? fields[3] : null, from, to,
                Replaces(fields, where, problems));
            entries.Add(new AgencyEntry(where, agency.Code, agency.Name, agency.Group, agency));
            agencies.TryAdd(agency.Code, agency);
        }
        return problems.Count == 0 ? (agencies, problems, entries) : (null, problems, entries);
    }

    // The codes of the "Thay thế cho" column (separated by ";" or spaces), each a valid code, in code order; null when empty.
    private static string? Replaces(List<string> fields, string where, List<Problem> problems)
    {
        const int index = 6;
        if (fields.Count <= index || fields[index].Length == 0)
        {
            return null;
        }
        var codes = fields[index].Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in codes.Where(c => RegistryPolicy.CodeProblem(c) is not null))
        {
            problems.Add(new Problem(where, fields[0], $"Mã \"{code}\" ở cột \"{Optional[index - 3]}\" không hợp lệ: cần mã đơn vị như so-noi-vu; nhiều mã thì cách nhau bằng dấu chấm phẩy."));
        }
        return codes.Count == 0 ? null : string.Join(AgencyInfo.Separator, codes.Order(StringComparer.Ordinal));
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

/// <summary>An agency list as read against the registry: the agencies to import (null when any line is refused), every error, and warnings.</summary>
public sealed record AgencyListRead(IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings);

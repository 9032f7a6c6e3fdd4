using Scoring.Api.Spreadsheets;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Storage;

/// <summary>Reads an agency list (CSV, UTF-8, header "Mã đơn vị,Tên đơn vị,Khối"); every problem names its line.</summary>
public static class AgencyListFile
{
    /// <summary>The header the file must start with.</summary>
    public const string Header = "Mã đơn vị,Tên đơn vị,Khối";

    /// <summary>The agencies by code, or the problems found.</summary>
    public static (IReadOnlyDictionary<string, AgencyInfo>? Agencies, IReadOnlyList<Problem> Problems) Read(string text, string file)
    {
        var problems = new List<Problem>();
        var agencies = new Dictionary<string, AgencyInfo>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines[0].Trim() != Header)
        {
            return (null, [new Problem($"{file}, dòng 1", null, $"Dòng tiêu đề là \"{lines[0].Trim()}\", cần đúng \"{Header}\".")]);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var where = $"{file}, dòng {i + 1}";
            var fields = Split(lines[i]);
            if (fields.Count != 3 || fields.Any(f => f.Length == 0))
            {
                problems.Add(new Problem(where, null, $"Cần 3 cột không để trống (mã đơn vị, tên đơn vị, khối), nhưng có: \"{lines[i].Trim()}\"."));
                continue;
            }
            if (!agencies.TryAdd(fields[0], new AgencyInfo(fields[0], fields[1], fields[2])))
            {
                problems.Add(new Problem(where, fields[0], $"Mã đơn vị \"{fields[0]}\" bị trùng."));
            }
        }
        return problems.Count == 0 ? (agencies, problems) : (null, problems);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
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

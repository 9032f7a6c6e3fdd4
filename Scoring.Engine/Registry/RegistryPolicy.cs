using System.Globalization;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Registry;

/// <summary>The registry's rules for an imported agency list: codes like criteria ids, unique ignoring case, never a word the
/// routes use; a known group; a readable name. Every refused line gets its own problem.</summary>
public static class RegistryPolicy
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 300;

    /// <summary>Words the routes use after an agency's place; an agency may not be called by one of them.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "lock", "reopen", "withdraw", "revisions", "errors", "report", "publish", "replay", "diff", "import", "api", "admin",
        "khoa", "mo-khoa", "rut", "tham-dinh", "bao-cao", "cong-bo",
    };

    /// <summary>Every problem with the list: errors (the import is refused) and, for groups no stored criteria declares, warnings.</summary>
    public static (IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings) Check(IReadOnlyList<AgencyEntry> entries,
        IReadOnlyCollection<string> existingCodes, IReadOnlyCollection<string> knownGroups)
    {
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var existing = existingCodes.ToLookup(c => c, StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            var code = e.Code;
            if (CodeProblem(code) is { } problem)
            {
                // A line whose code cannot be read is refused for that alone; it takes no part in the duplicate checks.
                errors.Add(new Problem(e.Where, null, problem));
                continue;
            }
            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(new Problem(e.Where, code, $"Mã đơn vị \"{code}\" bị trùng với mã ở {first} (không phân biệt chữ hoa, chữ thường)."));
            }
            else if (existing[code].FirstOrDefault(c => c != code) is { } other)
            {
                errors.Add(new Problem(e.Where, code, $"Mã đơn vị \"{code}\" trùng với đơn vị \"{other}\" đã có trong danh sách (chỉ khác chữ hoa, chữ thường)."));
            }
            seen.TryAdd(code, e.Where);
            if (TextProblem(e.Name, "Tên đơn vị", MaxNameLength) is { } name)
            {
                errors.Add(new Problem(e.Where, code, name));
            }
            if (CodeProblem(e.Group) is not null)
            {
                errors.Add(new Problem(e.Where, code, $"Mã khối \"{Shown(e.Group)}\" không hợp lệ: cần chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ so-nganh."));
            }
            else if (knownGroups.Count > 0 && !knownGroups.Contains(e.Group))
            {
                warnings.Add(new Problem(e.Where, code,
                    $"Khối \"{e.Group}\" không có trong bộ tiêu chí nào đã lưu (các khối đã có: {string.Join(", ", knownGroups.Order(StringComparer.Ordinal))}): đơn vị sẽ không được chấm cho đến khi có bộ tiêu chí cho khối này."));
            }
        }
        return (errors, warnings);
    }

    /// <summary>Why a code cannot be an agency's (or a group's) code, or null.</summary>
    public static string? CodeProblem(string code)
    {
        if (code.Length == 0 || code.Length > MaxCodeLength || !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            || code[0] == '-' || code[^1] == '-' || code.Contains("--", StringComparison.Ordinal))
        {
            return $"Mã đơn vị \"{Shown(code)}\" không hợp lệ: cần từ 1 đến {MaxCodeLength} ký tự, gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang ở giữa, ví dụ so-noi-vu.";
        }
        return Reserved.Contains(code)
            ? $"Mã đơn vị \"{code}\" trùng với một từ dành riêng của hệ thống ({code}): hãy chọn mã khác, ví dụ thêm tên đơn vị."
            : null;
    }

    /// <summary>Why a text for people cannot be stored: empty, too long, or with control or bidirectional-override characters.</summary>
    public static string? TextProblem(string text, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{what} để trống.";
        }
        if (text.Length > max)
        {
            return $"{what} dài {text.Length} ký tự: tối đa {max} ký tự.";
        }
        var bad = text.FirstOrDefault(c => char.IsControl(c) || IsBidiControl(c));
        return bad != default
            ? $"{what} chứa ký tự điều khiển không in được (U+{((int)bad).ToString("X4", CultureInfo.InvariantCulture)}): hãy gõ lại tên, không dán từ nguồn khác."
            : null;
    }

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200B' or '\uFEFF';

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : new string([.. text.Select(c => char.IsControl(c) || IsBidiControl(c) ? '?' : c)]);
}

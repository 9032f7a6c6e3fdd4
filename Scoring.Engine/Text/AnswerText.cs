using System.Globalization;

namespace Scoring.Engine.Text;

/// <summary>Reads what people type for an answer: numbers with a comma or dot decimal, có/không, "không áp dụng".</summary>
public static class AnswerText
{
    private static readonly string[] Yes = ["có", "co", "yes", "true", "x", "đạt", "dat"];
    private static readonly string[] No = ["không", "khong", "no", "false", "chưa", "chua"];
    private static readonly string[] NotApplicable = ["không áp dụng", "khong ap dung", "khong-ap-dung", "không-áp-dụng", "kad", "n/a", "na"];

    /// <summary>Parses "4,5", "4.5", "-1", " 12 " as a decimal; refuses thousands separators and anything else.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var t = text.Trim().Replace(',', '.');
        if (t.Length is 0 or > 30 || t.Count(c => c == '.') > 1)
        {
            value = 0m;
            return false;
        }
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses có/không (and yes/no, true/false, 1/0) as 1 or 0.</summary>
    public static bool TryParseYesNo(string text, out decimal value)
    {
        var t = text.Trim().ToLowerInvariant();
        value = Yes.Contains(t) || t == "1" ? 1m : 0m;
        return Yes.Contains(t) || No.Contains(t) || t is "1" or "0";
    }

    /// <summary>Whether the text says "không áp dụng" (not applicable).</summary>
    public static bool IsNotApplicable(string text) => NotApplicable.Contains(text.Trim().ToLowerInvariant());
}

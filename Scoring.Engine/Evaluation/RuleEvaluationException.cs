namespace Scoring.Engine.Evaluation;

/// <summary>A hard error: a rule threw while scoring an agency; nothing is scored 0 silently.</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Names the version, rule and agency that failed.</summary>
    public RuleEvaluationException(string versionId, string ruleName, string agencyCode, Exception inner)
        : base($"Lỗi khi chạy quy tắc chấm điểm: {inner.Message} Version={versionId}, Rule={ruleName}, Agency={agencyCode}", inner)
    {
        VersionId = versionId;
        RuleName = ruleName;
        AgencyCode = agencyCode;
    }

    /// <summary>Makes an empty instance (for serializers).</summary>
    public RuleEvaluationException() : this("", "", "", new InvalidOperationException()) { }

    /// <summary>Makes an instance with a message.</summary>
    public RuleEvaluationException(string message) : base(message) { VersionId = RuleName = AgencyCode = ""; }

    /// <summary>Makes an instance with a message and an inner exception.</summary>
    public RuleEvaluationException(string message, Exception inner) : base(message, inner) { VersionId = RuleName = AgencyCode = ""; }

    /// <summary>The criteria version id.</summary>
    public string VersionId { get; }

    /// <summary>The rule that threw.</summary>
    public string RuleName { get; }

    /// <summary>The agency being scored.</summary>
    public string AgencyCode { get; }

    /// <summary>What happened, for people: which part of which version failed for which agency, and why, in Vietnamese.</summary>
    public string Vietnamese()
    {
        var cause = InnerException switch
        {
            DivideByZeroException => "phép chia cho 0",
            OverflowException => "số quá lớn, vượt khả năng tính",
            _ => "lỗi khi tính",
        };
        return $"Không chấm được đơn vị {AgencyCode}: {Part(RuleName)} của bộ tiêu chí {VersionId} gặp {cause}. Không có điểm nào được tính thay bằng 0; hãy báo cho người soạn bộ tiêu chí.";
    }

    private static string Part(string rule) => rule.Split(':', 2) switch
    {
        ["item" or "bonus" or "deduction", var code] => $"công thức của tiêu chí {code}",
        ["cap" or "eligibility", var code] => $"điều kiện \"{code}\"",
        ["section", var code] => $"tổng của mục {code}",
        _ => "bước tính tổng điểm",
    };
}

namespace Scoring.Api.Spreadsheets;

/// <summary>What a generated workbook says about itself: criteria id and hash, group, agency, template version, kind.</summary>
public sealed record TemplateStamp(string CriteriaId, string CriteriaHash, string Group, string? Agency, string TemplateVersion, bool IsAppraisal)
{
    /// <summary>The stamp as key/value rows for the hidden sheet.</summary>
    public IReadOnlyList<(string Key, string Value)> Rows =>
    [
        ("criteria-id", CriteriaId), ("criteria-hash", CriteriaHash), ("group", Group), ("agency", Agency ?? ""),
        ("template-version", TemplateVersion), ("kind", IsAppraisal ? "appraisal" : "self"),
    ];

    /// <summary>Reads a stamp back from key/value rows; null when a key is missing.</summary>
    public static TemplateStamp? From(IReadOnlyDictionary<string, string> rows)
    {
        string? Get(string key) => rows.TryGetValue(key, out var v) ? v : null;
        if (Get("criteria-id") is not { } id || Get("criteria-hash") is not { } hash || Get("group") is not { } group
            || Get("template-version") is not { } version || Get("kind") is not { } kind)
        {
            return null;
        }
        return new TemplateStamp(id, hash, group, Get("agency") is { Length: > 0 } a ? a : null, version, kind == "appraisal");
    }
}

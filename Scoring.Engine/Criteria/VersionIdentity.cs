namespace Scoring.Engine.Criteria;

/// <summary>Who issued a criteria version and when it applies.</summary>
public sealed record VersionIdentity(
    string Id,
    string Title,
    string? Jurisdiction,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Replaces,
    bool IsSample,
    int? Year = null)
{
    /// <summary>The year the version assesses: its <c>year</c>, or when it has none (files written before the field), the year
    /// its effective period starts, or its decision's year.</summary>
    public int? AssessedYear => Year ?? (EffectiveFrom ?? DecisionDate)?.Year;

    /// <summary>Why a version that names its year cannot serve another year (uploads are refused), or null.</summary>
    public string? RefuseYear(int year) => Year is { } y && y != year
        ? $"Bộ tiêu chí {Id} dùng để đánh giá năm {y}, không dùng cho năm {year}: hãy chọn bộ tiêu chí của năm {year}."
        : null;
}

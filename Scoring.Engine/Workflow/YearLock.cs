namespace Scoring.Engine.Workflow;

/// <summary>Whether uploads for a (criteria version, year) are closed, and by whom, when and why it last changed.</summary>
public sealed record YearLock(string CriteriaId, int Year, bool Locked, string? By, DateTimeOffset? At, string? Reason)
{
    /// <summary>A year nobody has locked.</summary>
    public static YearLock Open(string criteriaId, int year) => new(criteriaId, year, false, null, null, null);

    /// <summary>"bởi X lúc HH:mm dd/MM/yyyy" in Vietnam time, for messages.</summary>
    public string ByWhomAndWhen => At is { } at
        ? $"bởi {By} lúc {at.ToOffset(VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"bởi {By}";
}

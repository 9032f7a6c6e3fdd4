namespace Scoring.Api.UseCases;

/// <summary>The years an assessment may name.</summary>
public static class Years
{
    /// <summary>Why a year cannot be assessed, or null.</summary>
    public static string? Refuse(int year) => year is < 2000 or > 2100 ? $"Năm {year} không hợp lệ: cần năm từ 2000 đến 2100." : null;
}

namespace Scoring.Api.UseCases;

/// <summary>Phrases the use cases share in their messages and audit entries.</summary>
internal static class Texts
{
    /// <summary>"bài nộp năm Y của đơn vị X (bộ tiêu chí V)".</summary>
    public static string Submission(string agency, int year, string criteriaId) => $"bài nộp năm {year} của đơn vị {agency} (bộ tiêu chí {criteriaId})";
}

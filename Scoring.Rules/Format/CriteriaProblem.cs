namespace Scoring.Rules.Format;

/// <summary>A problem in a criteria file, with file, line and column, in Vietnamese.</summary>
public sealed record CriteriaProblem(string File, int Line, int Column, string Message, bool IsWarning = false)
{
    /// <summary>The problem as one line: <c>file:line:column: lỗi: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {(IsWarning ? "cảnh báo" : "lỗi")}: {Message}";
}

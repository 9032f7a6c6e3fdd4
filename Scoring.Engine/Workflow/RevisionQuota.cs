namespace Scoring.Engine.Workflow;

/// <summary>How much one agency may store for one year and version: a bounded number of uploads and of bytes kept, so that a stream of
/// uploads (rejected ones are kept too) cannot fill the store.</summary>
/// <param name="MaxRevisions">The most uploads kept.</param>
/// <param name="MaxBytes">The most bytes kept, over every upload.</param>
public sealed record RevisionQuota(int MaxRevisions, long MaxBytes)
{
    /// <summary>50 uploads and 100 MB: far beyond a real year (a workbook is under 100 kB), far below a full disk.</summary>
    public static RevisionQuota Default { get; } = new(50, 100L * 1024 * 1024);

    /// <summary>Why one more upload of <paramref name="incoming"/> bytes may not be kept, in Vietnamese; null when it may.</summary>
    public string? Refuse(int kept, long keptBytes, long incoming, string what) =>
        kept >= MaxRevisions
            ? $"Đã lưu {kept} lần nộp của {what} (tối đa {MaxRevisions} lần): không lưu thêm. Nếu thật sự cần nộp lại, hãy liên hệ cơ quan Nội vụ."
            : keptBytes + incoming > MaxBytes
                ? $"Các lần nộp của {what} đã chiếm {Mb(keptBytes)} MB (tối đa {Mb(MaxBytes)} MB): không lưu thêm tệp {Mb(incoming)} MB này. Hãy liên hệ cơ quan Nội vụ."
                : null;

    private static string Mb(long bytes) => Text.Num.Vi(Math.Round(bytes / (1024m * 1024m), 1, MidpointRounding.AwayFromZero));
}

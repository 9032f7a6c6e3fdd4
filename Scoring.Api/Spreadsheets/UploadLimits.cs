namespace Scoring.Api.Spreadsheets;

/// <summary>Size limits for an uploaded workbook, checked before it is opened.</summary>
public sealed record UploadLimits(long MaxBytes, long MaxUncompressedBytes, int MaxEntries, int MaxRows)
{
    /// <summary>Limits that fit any real self-scoring workbook with a wide margin.</summary>
    public static UploadLimits Default { get; } = new(5 * 1024 * 1024, 50 * 1024 * 1024, 200, 2000);
}

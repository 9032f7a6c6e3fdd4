namespace Scoring.Api.Attachments;

/// <summary>An evidence file to serve: its name as attached, its type read from its bytes, and the bytes.</summary>
public sealed record EvidenceFile(string FileName, EvidenceKind Kind, byte[] Bytes);

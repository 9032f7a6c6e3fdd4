using System.Globalization;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Storage;

/// <summary>Submissions in the store (SQLite or PostgreSQL), read side: the tracker, revisions (kept as received; triggers refuse any update or delete),
/// appraisal history and the inputs of a run. Writes go through the use cases with <see cref="SubmissionRows"/>, <see cref="RevisionRows"/>
/// and <see cref="AppraisalRows"/>.</summary>
public sealed partial class SubmissionStore(Database database) : ISubmissionStore
{
    private static decimal ParsePoints(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private sealed record AppraisalRow
    {
        public long Id { get; init; }
        public string ItemCode { get; init; } = "";
        public string? Points { get; init; }
        public string Reason { get; init; } = "";
    }
}

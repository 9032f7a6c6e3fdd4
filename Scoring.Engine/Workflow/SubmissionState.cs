namespace Scoring.Engine.Workflow;

/// <summary>Where an agency's submission for a year and criteria version stands.</summary>
public enum SubmissionState
{
    /// <summary>Created by the first upload; nothing accepted yet (or only rejected uploads).</summary>
    Draft,

    /// <summary>An accepted upload is waiting for the lock.</summary>
    Submitted,

    /// <summary>Withdrawn by the agency before the lock; a later accepted upload submits it again.</summary>
    Withdrawn,

    /// <summary>Locked with the year: no more uploads; ready for appraisal.</summary>
    Locked,

    /// <summary>At least one appraisal change recorded.</summary>
    Appraised,
}

using Scoring.Engine.Submissions;

namespace Scoring.Api.UseCases;

/// <summary>How an operation ended; each surface maps it once (HTTP status, page message, exit code).</summary>
public enum OutcomeKind
{
    /// <summary>Done: something was written or computed.</summary>
    Done,

    /// <summary>Nothing to do: what was asked is already so; nothing written.</summary>
    Unchanged,

    /// <summary>The request itself is malformed (a year out of range, a missing field).</summary>
    Invalid,

    /// <summary>Something named does not exist (a version, an agency, a run).</summary>
    NotFound,

    /// <summary>The state refuses it (locked, already published, nothing to withdraw).</summary>
    Conflict,

    /// <summary>Well-formed content that was checked and refused (a workbook, an appraisal), with every problem.</summary>
    Rejected,

    /// <summary>What is stored no longer fits together: never scored around.</summary>
    Integrity,
}

/// <summary>An operation's outcome: a value when it has one, a Vietnamese message, and every problem with where and item code.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, string Message, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the operation succeeded (done, or nothing to do).</summary>
    public bool Ok => Kind is OutcomeKind.Done or OutcomeKind.Unchanged;

    /// <summary>Done, with its value and what was done.</summary>
    public static Outcome<T> Done(T value, string message) => new(OutcomeKind.Done, value, message, []);

    /// <summary>Nothing to do.</summary>
    public static Outcome<T> Unchanged(T value, string message) => new(OutcomeKind.Unchanged, value, message, []);

    /// <summary>A refusal of the given kind, with its problems (one problem saying the message when none is given).</summary>
    public static Outcome<T> Fail(OutcomeKind kind, string message, IReadOnlyList<Problem>? problems = null, T? value = default) =>
        new(kind, value, message, problems ?? []);
}

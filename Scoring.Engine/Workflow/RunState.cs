namespace Scoring.Engine.Workflow;

/// <summary>Where a classification run stands: a draft, the official answer, or replaced by a later one.</summary>
public enum RunState
{
    /// <summary>Created, not official; may be published.</summary>
    Draft,

    /// <summary>The official answer for its scope until superseded.</summary>
    Published,

    /// <summary>Was published, then replaced by a later published run.</summary>
    Superseded,
}

/// <summary>The stored codes and Vietnamese names of run states.</summary>
public static class RunStates
{
    /// <summary>The code a state is stored under.</summary>
    public static string Code(this RunState state) => state switch
    {
        RunState.Draft => "draft",
        RunState.Published => "published",
        _ => "superseded",
    };

    /// <summary>The state stored under a code.</summary>
    /// <exception cref="ArgumentException">The code is not a state's code (a defect in the store).</exception>
    public static RunState Parse(string code) => code switch
    {
        "draft" => RunState.Draft,
        "published" => RunState.Published,
        "superseded" => RunState.Superseded,
        _ => throw new ArgumentException($"Unknown run state. Code={code}", nameof(code)),
    };

    /// <summary>The Vietnamese name of a state.</summary>
    public static string Label(this RunState state) => state switch
    {
        RunState.Draft => "bản nháp",
        RunState.Published => "đã công bố",
        _ => "đã được thay thế",
    };
}

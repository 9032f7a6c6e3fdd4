namespace Scoring.Engine.Evaluation;

/// <summary>A compiled rule threw while running; carries the rule's name.</summary>
public sealed class RuleFailedException : Exception
{
    /// <summary>Wraps the exception a rule threw.</summary>
    public RuleFailedException(string ruleName, Exception inner)
        : base($"Rule failed. Rule={ruleName}", inner) => RuleName = ruleName;

    /// <summary>Makes an empty instance (for serializers).</summary>
    public RuleFailedException() : base("Rule failed.") => RuleName = "";

    /// <summary>Makes an instance with a message.</summary>
    public RuleFailedException(string message) : base(message) => RuleName = "";

    /// <summary>The rule that threw.</summary>
    public string RuleName { get; }
}

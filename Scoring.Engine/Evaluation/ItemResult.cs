using System.Text.Json;
using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>An item's points and why: the inputs used, the rule and the formula in words; when appraised, the self-score it replaced and the reason.</summary>
/// <remarks>The parts that depend only on the criteria version (code, title, kind, rule, formula in words) are shared by
/// every result of that version; only the parts that depend on the submission are stored per result.</remarks>
public sealed class ItemResult
{
    private readonly ItemFacts _facts;
    private readonly AppraisedFrom? _appraised;

    internal ItemResult(ItemFacts facts, bool applicable, string? notApplicableReason, IReadOnlyList<UsedInput> inputs,
        decimal rawPoints, decimal points, string? note, AppraisedFrom? appraised = null, bool awaitsSuperior = false)
    {
        AwaitsSuperior = awaitsSuperior;
        _facts = facts;
        _appraised = appraised;
        Applicable = applicable;
        NotApplicableReason = notApplicableReason;
        Inputs = inputs;
        RawPoints = rawPoints;
        Points = points;
        Note = note;
    }

    /// <summary>The item's code.</summary>
    public string Code => _facts.Code;

    /// <summary>The item's title.</summary>
    public string Title => _facts.Title;

    /// <summary>The item kind's name for people.</summary>
    public string Kind => _facts.Kind;

    /// <summary>Where the item's points go.</summary>
    public ItemRole Role => _facts.Role;

    /// <summary>The section the item belongs to (none for bonus and deductions).</summary>
    public string? SectionCode => _facts.SectionCode;

    /// <summary>Whether the item applies to the agency.</summary>
    public bool Applicable { get; }

    /// <summary>Why the item does not apply, if it does not.</summary>
    public string? NotApplicableReason { get; }

    /// <summary>The inputs the item used, with their values.</summary>
    public IReadOnlyList<UsedInput> Inputs { get; }

    /// <summary>The item's maximum.</summary>
    public decimal Max => _facts.Max;

    /// <summary>The rule's output before clamping and rounding.</summary>
    public decimal RawPoints { get; }

    /// <summary>The points counted (the appraisal's when appraised).</summary>
    public decimal Points { get; }

    /// <summary>The rule name the item compiled to.</summary>
    public string RuleName => _facts.RuleName;

    /// <summary>The scoring rule in words.</summary>
    public string Formula => _facts.Formula;

    /// <summary>Clamping or rounding applied, in words.</summary>
    public string? Note { get; }

    /// <summary>When appraised, the points the agency's own answers earned (none for an item the superior level scores).</summary>
    public decimal? SelfPoints => _appraised?.SelfPoints;

    /// <summary>When appraised, the appraisal team's reason.</summary>
    public string? AppraisalReason => _appraised?.Reason;

    /// <summary>Whether the superior level scores this item (the agency does not answer it).</summary>
    public bool AwardedBySuperior => _facts.Superior;

    /// <summary>Whether the superior level scores this item and its points are not entered yet (0 counted meanwhile).</summary>
    public bool AwaitsSuperior { get; }

    /// <summary>Whether the agency scored this item itself (not one the superior level scores, unless answered before such items left
    /// the agency's answers).</summary>
    public bool HasSelfScore => !AwaitsSuperior && !(IsAppraised && SelfPoints is null);

    /// <summary>Whether the appraisal team set this item's points.</summary>
    public bool IsAppraised => _appraised is not null;

    internal ItemFacts Facts => _facts;
}

/// <summary>The parts of an item's explanation fixed by the criteria version, with their canonical JSON text encoded once.</summary>
internal sealed record ItemFacts(string Code, string Title, string Kind, ItemRole Role, string? SectionCode, decimal Max, string RuleName, string Formula, bool Superior)
{
    public JsonEncodedText CodeJson { get; } = ResultJson.Encode(Code);

    public JsonEncodedText TitleJson { get; } = ResultJson.Encode(Title);

    public JsonEncodedText KindJson { get; } = ResultJson.Encode(Kind);

    public JsonEncodedText RoleJson { get; } = ResultJson.Encode(Role.ToString());

    public JsonEncodedText? SectionJson { get; } = SectionCode is null ? null : ResultJson.Encode(SectionCode);

    public JsonEncodedText RuleJson { get; } = ResultJson.Encode(RuleName);

    public JsonEncodedText FormulaJson { get; } = ResultJson.Encode(Formula);

    public static ItemFacts Of(Item item) =>
        new(item.Code, item.Title, item.Kind.Label, item.Role, item.SectionCode, item.Max, item.RuleName,
item.Kind.Describe(item.Max), item.AwardedBySuperior);
}

/// <summary>What an appraisal replaced: the self-score (none for an item the superior level scores) and the reason.</summary>
internal sealed record AppraisedFrom(decimal? SelfPoints, string Reason);

using FsCheck;
using FsCheck.Fluent;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;

namespace Scoring.Rules.Tests.Generators;

/// <summary>Generators of valid submissions for a version: every clause below is one kind of answer.</summary>
public static class SubmissionGen
{
    /// <summary>A valid submission for a compiled version (any group, sometimes not assessed).</summary>
    public static Gen<Submission> For(CompiledCriteria compiled)
    {
        var v = compiled.Version;
        return Gen.Elements(v.Groups.Select(g => g.Code).ToArray()).SelectMany(group =>
            Gen.CollectToList(v.AllItems.Where(i => i.Kind.TakesAnswer && !i.AwardedBySuperior && v.Applies(i, group)), AnswerFor)
                .SelectMany(answers => Gen.CollectToList(v.Inputs, InputFor).SelectMany(inputs =>
                    Gen.CollectToList(v.AllItems.Where(i => i.AwardedBySuperior && v.Applies(i, group)), SuperiorFor).SelectMany(superior =>
                    Gen.Frequency((19, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("Đơn vị mới thành lập")))
                        .SelectMany(notAssessed => Gen.Choose(0, 999).Select(n => new Submission(
                            $"dv-{n:000}", null, group,
                            answers.Where(a => a.Answer is not null).ToDictionary(a => a.Code, a => a.Answer!),
                            inputs.ToDictionary(i => i.Code, i => i.Value),
                            notAssessed,
                            Appraisals: notAssessed is null && superior.Any(x => x.Points is not null)
                                ? superior.Where(x => x.Points is not null).ToDictionary(x => x.Code, x => new Appraisal(x.Points!.Value, "Cấp trên đánh giá"))
                                : null)))))));
    }

    /// <summary>Points the superior level gives an item (entered by staff as an appraisal): mostly a multiple of 0.5 within [0, max],
    /// sometimes not entered yet (null).</summary>
    public static Gen<(string Code, decimal? Points)> SuperiorFor(Item item) =>
        Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Gen.Choose(0, (int)(item.Max * 2)).Select(k => (decimal?)(k / 2m))))
            .Select(p => (item.Code, p));

    /// <summary>One answer by kind; null means "left empty" (allowed for bonus and deduction items).</summary>
    public static Gen<(string Code, Answer? Answer)> AnswerFor(Item item)
    {
        var answer = item.Kind.Match(
            // yes-no: 0 or 1
            yesNo: _ => Gen.Elements(0m, 1m).Select(x => (Answer?)new Answer(x)),
            // judgment: a multiple of the step within [0, max]
            judgment: j => Gen.Choose(0, (int)(item.Max / j.Step)).Select(k => (Answer?)new Answer(k * j.Step)),
            // tiers: a percentage in quarter points, often right on a tier edge
            tiers: t => Gen.OneOf(Gen.Choose(0, 400).Select(k => k / 4m), Gen.Elements(t.Tiers.Select(x => x.From).ToArray()))
                .Select(p => (Answer?)new Answer(p)),
            // levels: a level, then points within its maximum in steps, or no points (the level's maximum)
            levels: l => Gen.Choose(0, l.Levels.Count - 1).SelectMany(k =>
                Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, (int)(l.Levels[k].Max / l.Step)).Select(p => (decimal?)(p * l.Step)))
                    .Select(p => (Answer?)new Answer(p, l.Levels[k].Code))),
            // count and deduct-per: a small number of occurrences
            count: _ => Gen.Choose(0, 12).Select(n => (Answer?)new Answer(n)),
            deductPer: _ => Gen.Choose(0, 12).Select(n => (Answer?)new Answer(n)),
            formula: f => throw new InvalidOperationException("A formula item takes no answer: " + item.Code));
        if (item.MayBeNotApplicable)
        {
            // an item the agency may declare not applicable
            answer = Gen.Frequency((1, Gen.Constant<Answer?>(Answer.NotApplicableAnswer)), (3, answer));
        }
        if (SubmissionValidator.MayBeLeftEmpty(item))
        {
            // bonus and deduction items may be left empty
            answer = Gen.Frequency((1, Gen.Constant<Answer?>(null)), (3, answer));
        }
        return answer.Select(a => (item.Code, a is null || !item.EvidenceRequired ? a : a with { Evidence = "Văn bản số 01/KH" }));
    }

    /// <summary>One input value by type; yes-no inputs and hot spots are mostly 0 so that caps and gates are exercised but rare.</summary>
    public static Gen<(string Code, decimal Value)> InputFor(InputDeclaration input) => (input.Type switch
    {
        InputType.Count => Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, 6))).Select(n => (decimal)n),
        InputType.Percent => Gen.Choose(0, 100).Select(n => (decimal)n),
        InputType.Boolean => Gen.Frequency((4, Gen.Constant(0m)), (1, Gen.Constant(1m))),
        _ => Gen.Choose(0, 10_000).Select(n => n / 10m),
    }).Select(v => (input.Code, v));

    /// <summary>A case from any shipped version.</summary>
    public static Gen<Case> Shipped() =>
        Gen.Elements(Criteria.ShippedIds.ToArray()).Select(Criteria.Shipped)
            .SelectMany(c => For(c).Select(s => new Case(c, s)));
}

/// <summary>Arbitraries for [Property] tests.</summary>
public static class Arbitraries
{
    public static Arbitrary<Case> Case() => SubmissionGen.Shipped().ToArbitrary();
}

using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>Rounds to a step the way a criteria version says; the only place rounding happens.</summary>
public static class Rounding
{
    /// <summary>Rounds <paramref name="value"/> to a multiple of <paramref name="step"/>; returns it unchanged when the step is null.</summary>
    public static decimal Apply(decimal value, decimal? step, RoundingMode mode)
    {
        if (step is not { } s || s <= 0m)
        {
            return value;
        }
        var units = value / s;
        var rounded = mode switch
        {
            RoundingMode.HalfUp => Math.Round(units, 0, MidpointRounding.AwayFromZero),
            RoundingMode.HalfEven => Math.Round(units, 0, MidpointRounding.ToEven),
            RoundingMode.Down => Math.Floor(units),
            RoundingMode.Up => Math.Ceiling(units),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
        return rounded * s;
    }
}

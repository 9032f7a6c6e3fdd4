using Scoring.Engine.Criteria;
using Scoring.Engine.Text;

namespace Scoring.Api.Spreadsheets;

/// <summary>The version's rounding as an Excel formula, so the workbook's live figures round where and as the engine does
/// (<see cref="Engine.Evaluation.Rounding"/>); figures here are never negative.</summary>
internal static class ExcelRounding
{
    /// <summary><paramref name="x"/> rounded to a multiple of <paramref name="step"/> (unchanged when there is no step).</summary>
    public static string Round(string x, decimal? step, RoundingMode mode)
    {
        if (step is not { } s || s <= 0m)
        {
            return x;
        }
        var units = $"({x})/{Num.Invariant(s)}";
        var rounded = mode switch
        {
            RoundingMode.Down => $"ROUNDDOWN({units},0)",
            RoundingMode.Up => $"ROUNDUP({units},0)",
            // Half to even: a half goes to the even neighbour, anything else to the nearest.
            RoundingMode.HalfEven => $"IF(MOD({units},1)=0.5,INT({units})+MOD(INT({units}),2),ROUND({units},0))",
            _ => $"ROUND({units},0)",
        };
        return $"{rounded}*{Num.Invariant(s)}";
    }
}

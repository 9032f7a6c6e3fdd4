using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Xunit;

namespace Scoring.Engine.Tests;

public class RoundingTests
{
    [Theory]
    [InlineData(84.5, 1, RoundingMode.HalfUp, 85)]
    [InlineData(84.5, 1, RoundingMode.HalfEven, 84)]
    [InlineData(85.5, 1, RoundingMode.HalfEven, 86)]
    [InlineData(84.99, 1, RoundingMode.Down, 84)]
    [InlineData(84.01, 1, RoundingMode.Up, 85)]
    [InlineData(77.717391304347826, 0.01, RoundingMode.HalfUp, 77.72)]
    [InlineData(1.125, 0.25, RoundingMode.HalfUp, 1.25)]
    [InlineData(1.124, 0.25, RoundingMode.HalfUp, 1.0)]
    [InlineData(2.345, 0.001, RoundingMode.HalfUp, 2.345)]
    public void Apply_StepAndMode_RoundsAsTheVersionSays(decimal value, decimal step, RoundingMode mode, decimal expected) =>
        Assert.Equal(expected, Rounding.Apply(value, step, mode));

    [Fact]
    public void Apply_NoStep_Unchanged() => Assert.Equal(84.567m, Rounding.Apply(84.567m, null, RoundingMode.HalfUp));
}

namespace Scoring.Engine.Criteria;

/// <summary>What happens to the tree total when items do not apply.</summary>
public enum RescalingPolicy
{
    /// <summary>No rescaling: the total is out of the applicable maximum.</summary>
    None,
    /// <summary>The tree total is rescaled proportionally back to the scale.</summary>
    Proportional,
}

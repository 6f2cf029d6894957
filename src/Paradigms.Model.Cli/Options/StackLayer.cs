namespace Paradigms.Model.Cli.Options;

/// <summary>One layer of <c>--stack</c> as written: its name and the number after its colon, if any.</summary>
/// <param name="Text">The layer as written, for example <c>geneve4:8</c>.</param>
/// <param name="Name">The layer's name.</param>
/// <param name="Number">Geneve option bytes or MPLS labels, or null when not written.</param>
internal sealed record StackLayer(string Text, LayerName Name, int? Number);

using Paradigms.Model.Resources;

namespace Paradigms.Model.Cli.Output;

/// <summary>The resources as the output names them: CPU, Memory, IO, Network, Storage.</summary>
internal static class ResourceNames
{
    /// <summary>The name of a resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The name.</returns>
    public static string Of(Resource resource) => resource switch
    {
        Resource.Cpu => "CPU",
        Resource.Io => "IO",
        _ => resource.ToString(),
    };
}

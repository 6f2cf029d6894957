using System.Collections.Generic;

namespace Paradigms.Model.Json;

/// <summary>
/// A model file: <c>{ "$schema": "…", "deployments": [ … ], "workloads": [ … ], "requirements": { … } }</c>,
/// every property optional.
/// </summary>
internal sealed partial class ModelBinder
{
    private static readonly string[] ModelFileProperties = [JsonNames.Schema, JsonNames.Deployments, JsonNames.Workloads, JsonNames.Requirements];

    /// <summary>Reads a model file, every entry of it, whatever errors the others have.</summary>
    /// <param name="value">The file's value.</param>
    /// <returns>The model, or null when any part has an error.</returns>
    public ModelFile? ModelFile(LocatedJson value)
    {
        if (Object(value, null, "the model file", ModelFileProperties) is not { } file)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        var schema = Text(file.Get(JsonNames.Schema), JsonNames.Schema, "the schema's URI or relative path as a string");
        var deployments = Entries(file.Get(JsonNames.Deployments), JsonNames.Deployments, "an array of deployment objects", NamedDeployment);
        var workloads = Entries(file.Get(JsonNames.Workloads), JsonNames.Workloads, "an array of workload objects", (item, name) => Workload(item, name));
        var requirements = Requirements(file.Get(JsonNames.Requirements), JsonNames.Requirements);
        return _bag.ErrorCount == errors && deployments is not null && workloads is not null
            ? new ModelFile(deployments, workloads, requirements, schema)
            : null;
    }

    /// <summary>Reads every item of an optional array; absent is none.</summary>
    private List<T>? Entries<T>(LocatedJson? value, string property, string allowed, System.Func<LocatedJson, string, T?> read)
        where T : class
    {
        var entries = new List<T>();
        if (value is null)
        {
            return entries;
        }

        if (Array(value, property, allowed) is not { } items)
        {
            return null;
        }

        var complete = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i], Item(property, i)) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? entries : null;
    }
}

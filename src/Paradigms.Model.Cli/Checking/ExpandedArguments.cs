using System.Collections.Generic;

namespace Paradigms.Model.Cli.Checking;

/// <summary>What the arguments of <c>paradigms check</c> stand for: the files to read, and the arguments that stand for none.</summary>
/// <param name="Files">The files, each named as the user wrote it or relative to the folder of the glob that matched it, in argument order, each once.</param>
/// <param name="Problems">One message per argument that names no file it can read (a glob that matches nothing, a folder that cannot be listed); empty when there is none.</param>
internal sealed record ExpandedArguments(IReadOnlyList<string> Files, IReadOnlyList<string> Problems);

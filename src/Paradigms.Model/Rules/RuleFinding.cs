using System.Globalization;

namespace Paradigms.Model.Rules;

/// <summary>A rule that a model breaks, with the arguments of its message.</summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
sealed class RuleFinding
{
    internal RuleFinding(Rule rule, params string[] arguments)
    {
        Rule = rule;
        Arguments = System.Array.AsReadOnly(arguments);
        Message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments);
    }

    /// <summary>Gets the rule that was broken.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the message arguments, in the order of <see cref="Rule.MessageFormat"/>.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Arguments { get; }

    /// <summary>Gets the formatted message.</summary>
    public string Message { get; }
}

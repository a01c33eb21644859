using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>Writes the parameter list of a method, constructor or indexer: types for the key, full declarations for the comparison.</summary>
    public static class ApiParameters
    {
        /// <summary>"(int, byte[]&amp;)": what overload resolution tells apart.</summary>
        public static string Types(ImmutableArray<string> types) => "(" + string.Join(", ", types) + ")";

        /// <summary>
        /// "(int count, out byte[]&amp; buffer, params object[] args, string text = null)": types with ref/out/params,
        /// names (named arguments) and defaults (optional arguments), attributes that matter to callers.
        /// </summary>
        public static string Declarations(MetadataReader reader, ParameterHandleCollection handles, ImmutableArray<string> types)
        {
            Dictionary<int, Parameter> byPosition = handles.Select(reader.GetParameter).ToDictionary(p => p.SequenceNumber);
            List<string> written = new List<string>();
            for (int i = 0; i < types.Length; i++)
            {
                written.Add(byPosition.TryGetValue(i + 1, out Parameter parameter) ? Declaration(reader, parameter, types[i]) : types[i]);
            }

            return "(" + string.Join(", ", written) + ")";
        }

        private static string Declaration(MetadataReader reader, Parameter parameter, string type)
        {
            string direction = string.Empty;
            if (type.EndsWith("&", StringComparison.Ordinal))
            {
                direction = (parameter.Attributes & (ParameterAttributes.Out | ParameterAttributes.In)) == ParameterAttributes.Out ? "out " : "ref ";
            }

            string optional = string.Empty;
            if ((parameter.Attributes & ParameterAttributes.HasDefault) != 0)
            {
                optional = " = " + ApiConstant.Read(reader, parameter.GetDefaultValue());
            }
            else if ((parameter.Attributes & ParameterAttributes.Optional) != 0)
            {
                optional = " [optional, no default]";
            }

            return ApiAttributes.Describe(reader, parameter.GetCustomAttributes()) + direction + type + " " + reader.GetString(parameter.Name) + optional;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>The custom attributes of a type, member or parameter that change how callers compile.</summary>
    public static class ApiAttributes
    {
        /// <summary>
        /// False for the attributes that cannot change how a caller compiles: the debugger's (display and stepping
        /// only), CLSCompliant (a warning only in assemblies that claim CLS compliance, which the firmware does not),
        /// DefaultMember (what C# emits for an indexer, compared as a member itself) and the nullable bookkeeping
        /// (the firmware builds with nullable disabled). Every other attribute counts: Obsolete is a warning, hence an
        /// error in the device build; params, caller-info, Flags, AttributeUsage, readonly struct change what compiles.
        /// </summary>
        public static bool MattersToCallers(string attributeType) =>
            !attributeType.StartsWith("System.Diagnostics.Debugger", StringComparison.Ordinal)
            && attributeType != "System.CLSCompliantAttribute"
            && attributeType != "System.Reflection.DefaultMemberAttribute"
            && attributeType != "System.Runtime.CompilerServices.NullableAttribute"
            && attributeType != "System.Runtime.CompilerServices.NullableContextAttribute";

        /// <summary>The attributes among <paramref name="handles"/> that matter to callers, as "[Type(arguments)] ", sorted; empty when none.</summary>
        public static string Describe(MetadataReader reader, CustomAttributeHandleCollection handles)
        {
            List<string> described = new List<string>();
            foreach (CustomAttributeHandle handle in handles)
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                string type = AttributeType(reader, attribute);
                if (!MattersToCallers(type))
                {
                    continue;
                }

                CustomAttributeValue<string> value = attribute.DecodeValue(ApiTypeNames.Instance);
                IEnumerable<string> arguments = value.FixedArguments.Select(a => ApiConstant.Argument(a.Value))
                    .Concat(value.NamedArguments.Select(a => a.Name + " = " + ApiConstant.Argument(a.Value)));
                described.Add("[" + type + "(" + string.Join(", ", arguments) + ")] ");
            }

            described.Sort(StringComparer.Ordinal);
            return string.Concat(described);
        }

        private static string AttributeType(MetadataReader reader, CustomAttribute attribute) => attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => ApiTypeNames.Of(reader, reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
            HandleKind.MethodDefinition => ApiTypeNames.OfDefinition(reader, reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
            _ => throw new NotSupportedException("attribute constructor of kind " + attribute.Constructor.Kind),
        };
    }
}

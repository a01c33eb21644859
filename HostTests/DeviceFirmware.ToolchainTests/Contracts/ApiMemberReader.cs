using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>Reads the public and protected members of one type definition: methods, constructors, properties, events and fields.</summary>
    public static class ApiMemberReader
    {
        /// <summary>The visible members of <paramref name="type"/> by key; accessors are part of their property or event, not methods of their own.</summary>
        public static IReadOnlyDictionary<string, ApiMember> Read(MetadataReader reader, TypeDefinition type)
        {
            Dictionary<string, ApiMember> members = new Dictionary<string, ApiMember>(StringComparer.Ordinal);
            HashSet<MethodDefinitionHandle> accessors = new HashSet<MethodDefinitionHandle>();
            foreach (PropertyDefinitionHandle handle in type.GetProperties())
            {
                PropertyDefinition property = reader.GetPropertyDefinition(handle);
                PropertyAccessors pair = property.GetAccessors();
                accessors.Add(pair.Getter);
                accessors.Add(pair.Setter);
                Add(members, Property(reader, property, pair));
            }

            foreach (EventDefinitionHandle handle in type.GetEvents())
            {
                EventDefinition definition = reader.GetEventDefinition(handle);
                EventAccessors pair = definition.GetAccessors();
                accessors.Add(pair.Adder);
                accessors.Add(pair.Remover);
                accessors.Add(pair.Raiser);
                Add(members, Event(reader, definition, pair));
            }

            foreach (MethodDefinitionHandle handle in type.GetMethods())
            {
                if (!accessors.Contains(handle))
                {
                    Add(members, Method(reader, reader.GetMethodDefinition(handle), type));
                }
            }

            foreach (FieldDefinitionHandle handle in type.GetFields())
            {
                Add(members, Field(reader, reader.GetFieldDefinition(handle)));
            }

            return members;
        }

        private static void Add(Dictionary<string, ApiMember> members, ApiMember member)
        {
            if (member != null)
            {
                members.Add(member.Key, member);
            }
        }

        private static ApiMember Method(MetadataReader reader, MethodDefinition method, TypeDefinition type)
        {
            string access = ApiAccess.Of(method.Attributes);
            if (access == null)
            {
                return null;
            }

            MethodSignature<string> signature = method.DecodeSignature(ApiTypeNames.Instance, null);
            string name = reader.GetString(method.Name);
            string parameters = ApiParameters.Declarations(reader, method.GetParameters(), signature.ParameterTypes);
            string attributes = ApiAttributes.Describe(reader, method.GetCustomAttributes());
            if (name == ".ctor")
            {
                string typeName = reader.GetString(type.Name);
                return new ApiMember(name, "constructor" + ApiParameters.Types(signature.ParameterTypes), attributes + access + " " + typeName + parameters);
            }

            string arity = signature.GenericParameterCount == 0 ? string.Empty : "`" + signature.GenericParameterCount;
            string key = "method " + name + arity + ApiParameters.Types(signature.ParameterTypes);
            if (name == "op_Explicit" || name == "op_Implicit")
            {
                // Conversion operators are the one overload set told apart by return type.
                key += " to " + signature.ReturnType;
            }
            return new ApiMember(name, key, attributes + access + ApiAccess.Modifiers(method.Attributes) + " " + signature.ReturnType + " " + name + arity + parameters);
        }

        private static ApiMember Property(MetadataReader reader, PropertyDefinition property, PropertyAccessors pair)
        {
            MethodDefinition? getter = Visible(reader, pair.Getter);
            MethodDefinition? setter = Visible(reader, pair.Setter);
            if (getter == null && setter == null)
            {
                return null;
            }

            // The property's access is its most visible accessor's; C# writes the other one's only when it differs.
            MethodDefinition main = getter == null || (setter != null && Rank(setter.Value.Attributes) > Rank(getter.Value.Attributes)) ? setter.Value : getter.Value;
            string access = ApiAccess.Of(main.Attributes);
            MethodSignature<string> signature = property.DecodeSignature(ApiTypeNames.Instance, null);
            string name = reader.GetString(property.Name);
            string accessors = Accessor(getter, "get", access) + Accessor(setter, "set", access);
            string declaration = ApiAttributes.Describe(reader, property.GetCustomAttributes()) + access + ApiAccess.Modifiers(main.Attributes) + " " + signature.ReturnType + " ";
            if (signature.ParameterTypes.Length > 0)
            {
                // An indexer: its parameters come from the getter (or the setter, whose last parameter is the value).
                MethodDefinition withNames = getter ?? setter.Value;
                string parameters = ApiParameters.Declarations(reader, withNames.GetParameters(), signature.ParameterTypes);
                return new ApiMember(name, "indexer " + name + ApiParameters.Types(signature.ParameterTypes), declaration + "this[" + parameters.Trim('(', ')') + "] {" + accessors + " }");
            }

            return new ApiMember(name, "property " + name, declaration + name + " {" + accessors + " }");
        }

        private static ApiMember Event(MetadataReader reader, EventDefinition definition, EventAccessors pair)
        {
            MethodDefinition? adder = Visible(reader, pair.Adder);
            if (adder == null)
            {
                return null;
            }

            string name = reader.GetString(definition.Name);
            string removable = Visible(reader, pair.Remover) == null ? " (no visible remove)" : string.Empty;
            string declaration = ApiAttributes.Describe(reader, definition.GetCustomAttributes()) + ApiAccess.Of(adder.Value.Attributes) + ApiAccess.Modifiers(adder.Value.Attributes)
                + " event " + ApiTypeNames.Of(reader, definition.Type) + " " + name + removable;
            return new ApiMember(name, "event " + name, declaration);
        }

        private static ApiMember Field(MetadataReader reader, FieldDefinition field)
        {
            string access = ApiAccess.Of(field.Attributes);

            // value__ holds an enum's value: its type is the enum's underlying type, a fact of the type.
            if (access == null || (field.Attributes & FieldAttributes.RTSpecialName) != 0)
            {
                return null;
            }

            string name = reader.GetString(field.Name);
            string type = field.DecodeSignature(ApiTypeNames.Instance, null);
            string modifiers;
            if ((field.Attributes & FieldAttributes.Literal) != 0)
            {
                modifiers = " const " + type + " " + name + " = " + ApiConstant.Read(reader, field.GetDefaultValue());
            }
            else
            {
                modifiers = ((field.Attributes & FieldAttributes.Static) != 0 ? " static" : string.Empty)
                    + ((field.Attributes & FieldAttributes.InitOnly) != 0 ? " readonly" : string.Empty) + " " + type + " " + name;
            }

            return new ApiMember(name, "field " + name, ApiAttributes.Describe(reader, field.GetCustomAttributes()) + access + modifiers);
        }

        private static MethodDefinition? Visible(MetadataReader reader, MethodDefinitionHandle handle)
        {
            if (handle.IsNil)
            {
                return null;
            }

            MethodDefinition method = reader.GetMethodDefinition(handle);
            return ApiAccess.Of(method.Attributes) == null ? null : method;
        }

        private static string Accessor(MethodDefinition? accessor, string keyword, string propertyAccess)
        {
            if (accessor == null)
            {
                return string.Empty;
            }

            string access = ApiAccess.Of(accessor.Value.Attributes);
            return " " + (access == propertyAccess ? string.Empty : access + " ") + keyword + ";";
        }

        private static int Rank(MethodAttributes attributes) => ApiAccess.Of(attributes) switch
        {
            "public" => 3,
            "protected internal" => 2,
            _ => 1,
        };
    }
}

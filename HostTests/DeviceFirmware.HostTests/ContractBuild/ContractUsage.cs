using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using DeviceFirmware.HostTests.Bridge;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>
    /// Which declarations of Contracts/ the contract build actually uses. Read with System.Reflection.Metadata from
    /// the two contract-build outputs (DeviceFirmware.dll, NFUnitTest.dll), every contract assembly and
    /// nanoFramework's mscorlib (for base classes and interfaces the contracts build on).
    /// </summary>
    /// <remarks>
    /// A declaration is kept if the firmware or its tests reference it (TypeRef and MemberRef tables: calls,
    /// field accesses, base types, interfaces, attributes, types in signatures and locals), or if one of the
    /// allowances below requires it; <see cref="KeptTypes"/> and <see cref="KeptMembers"/> say why. Everything
    /// else that is public or protected in a contract is unused and should be deleted.
    /// </remarks>
    public sealed class ContractUsage
    {
        /// <summary>The assertion class whose overload sets are kept whole.</summary>
        public const string AssertType = "nanoFramework.TestFramework.Assert";

        /// <summary>The assembly declaring <see cref="AssertType"/>.</summary>
        public const string TestFrameworkAssembly = "nanoFramework.TestFramework";

        /// <summary>The contract-build projects (relative to the repository root) and the assemblies they build ({0}: configuration).</summary>
        public static readonly (string Project, string Assembly)[] ContractBuilds =
        {
            ("ContractBuild/DeviceFirmware.Contract/DeviceFirmware.Contract.csproj", "ContractBuild/DeviceFirmware.Contract/bin/{0}/DeviceFirmware.dll"),
            ("ContractBuild/DeviceFirmware.Tests.Contract/DeviceFirmware.Tests.Contract.csproj", "ContractBuild/DeviceFirmware.Tests.Contract/bin/{0}/NFUnitTest.dll"),
        };

        private readonly Dictionary<string, MetadataType> _types = new Dictionary<string, MetadataType>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<MetadataType>> _contractTypesByName = new Dictionary<string, List<MetadataType>>(StringComparer.Ordinal);
        private readonly Dictionary<(MetadataReader, MethodDefinitionHandle), MetadataMember> _methodsByHandle = new Dictionary<(MetadataReader, MethodDefinitionHandle), MetadataMember>();
        private readonly Dictionary<MetadataMember, MethodBodyScan> _scans = new Dictionary<MetadataMember, MethodBodyScan>();

        // Every member the firmware or its tests reference, in any assembly, as "assembly|type::key".
        private readonly HashSet<string> _referencedMembers = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<MetadataMember> _usedMembers = new HashSet<MetadataMember>();
        private readonly Dictionary<MetadataType, string> _keptTypes = new Dictionary<MetadataType, string>();
        private readonly Dictionary<MetadataMember, string> _keptMembers = new Dictionary<MetadataMember, string>();
        private bool _changed;

        private ContractUsage(IReadOnlyList<ContractProject> projects, IReadOnlyList<string> consumers)
        {
            Projects = projects;
            ConsumerPaths = consumers;
        }

        /// <summary>Every contract project under Contracts/.</summary>
        public IReadOnlyList<ContractProject> Projects { get; }

        /// <summary>The contract-build outputs whose references count as uses.</summary>
        public IReadOnlyList<string> ConsumerPaths { get; }

        /// <summary>The types of the referenced contract assemblies.</summary>
        public IEnumerable<MetadataType> ContractTypes => _types.Values.Where(t => t.IsContract);

        /// <summary>Kept contract types, with the reason.</summary>
        public IReadOnlyDictionary<MetadataType, string> KeptTypes => _keptTypes;

        /// <summary>Kept contract members, with the reason.</summary>
        public IReadOnlyDictionary<MetadataMember, string> KeptMembers => _keptMembers;

        /// <summary>Contract members the firmware or its tests reference directly.</summary>
        public IReadOnlyCollection<MetadataMember> UsedMembers => _usedMembers;

        /// <summary>Reads everything and works out what is kept. The contract builds must have been built.</summary>
        public static ContractUsage Analyze(string root, string configuration)
        {
            List<string> consumers = ContractBuilds.Select(b => Path.Combine(root, string.Format(b.Assembly, configuration))).ToList();
            ContractUsage usage = new ContractUsage(FindProjects(root, configuration), consumers);
            usage.Load(MscorlibPath(root), null);
            foreach (ContractProject project in usage.Projects.Where(p => p.IsReferenced))
            {
                if (!File.Exists(project.AssemblyPath))
                {
                    throw new FileNotFoundException(
                        $"the contract assembly {project.AssemblyPath} is not built (building the contract-build projects builds every contract they reference)",
                        project.AssemblyPath);
                }

                usage.Load(project.AssemblyPath, project.Folder);
            }

            foreach (string consumer in consumers)
            {
                usage.ReadConsumer(consumer);
            }

            do
            {
                usage._changed = false;
                foreach (MetadataType type in usage._keptTypes.Keys.ToList())
                {
                    usage.ApplyTypeAllowances(type);
                }

                foreach (MetadataMember member in usage._keptMembers.Keys.ToList())
                {
                    usage.ApplyMemberAllowances(member);
                }

                usage.KeepOverridesOfUsedMembers();
            }
            while (usage._changed);

            return usage;
        }

        /// <summary>Visible contract types nobody uses (Member null) and visible members of kept types nobody uses.</summary>
        public IEnumerable<(MetadataType Type, MetadataMember Member)> Unused()
        {
            foreach (MetadataType type in ContractTypes.Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!_keptTypes.ContainsKey(type))
                {
                    yield return (type, null);
                    continue;
                }

                // Accessors are judged with their property or event.
                foreach (MetadataMember member in type.Members.Where(m => m.IsVisible && m.Owner == null && !_keptMembers.ContainsKey(m)))
                {
                    yield return (type, member);
                }
            }
        }

        private static List<ContractProject> FindProjects(string root, string configuration)
        {
            HashSet<string> referenced = new HashSet<string>(StringComparer.Ordinal);
            foreach ((string project, string _) in ContractBuilds)
            {
                AddReferences(Path.GetFullPath(Path.Combine(root, project)), referenced);
            }

            List<ContractProject> projects = new List<ContractProject>();
            foreach (string folder in Directory.GetDirectories(Path.Combine(root, "Contracts")).OrderBy(f => f, StringComparer.Ordinal))
            {
                // A folder without a project is not a contract (yet).
                string projectPath = Directory.GetFiles(folder, "*.csproj").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
                if (projectPath == null)
                {
                    continue;
                }

                projectPath = Path.GetFullPath(projectPath);
                string assemblyName = XDocument.Load(projectPath).Descendants("AssemblyName").FirstOrDefault()?.Value
                    ?? Path.GetFileNameWithoutExtension(projectPath);

                // bin/<Configuration>/ also holds copies of the contracts this one references: read only its own assembly.
                string assemblyPath = Path.Combine(folder, "bin", configuration, assemblyName + ".dll");
                projects.Add(new ContractProject(Path.GetFileName(folder), projectPath, assemblyName, assemblyPath, referenced.Contains(projectPath)));
            }

            return projects;
        }

        private static void AddReferences(string project, ISet<string> visited)
        {
            foreach (XElement reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                string include = ((string)reference.Attribute("Include")).Replace('\\', '/');
                string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project), include));
                if (visited.Add(target) && File.Exists(target))
                {
                    AddReferences(target, visited);
                }
            }
        }

        /// <summary>The mscorlib.dll the contract build compiles against, found through its restore output.</summary>
        private static string MscorlibPath(string root)
        {
            string assets = Path.Combine(root, "ContractBuild", "DeviceFirmware.Contract", "obj", "project.assets.json");
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(assets));
            string packageFolder = json.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
            JsonProperty library = json.RootElement.GetProperty("libraries").EnumerateObject()
                .First(l => l.Name.StartsWith("nanoFramework.CoreLibrary/", StringComparison.OrdinalIgnoreCase));
            return Path.Combine(packageFolder, library.Value.GetProperty("path").GetString(), "lib", "mscorlib.dll");
        }

        private void Load(string path, string contractFolder)
        {
            PEReader pe = new PEReader(ImmutableArray.Create(File.ReadAllBytes(path)));
            MetadataReader md = pe.GetMetadataReader();
            string assembly = md.GetString(md.GetAssemblyDefinition().Name);
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition definition = md.GetTypeDefinition(handle);
                string fullName = MetadataApiReader.TypeDefinitionName(md, handle);
                if (fullName == "<Module>")
                {
                    continue;
                }

                MetadataType type = new MetadataType
                {
                    Assembly = assembly,
                    FullName = fullName,
                    ContractFolder = contractFolder,
                    Pe = pe,
                    Reader = md,
                    Handle = handle,
                    Attributes = definition.Attributes,
                    IsVisible = IsVisible(md, handle),
                    BaseTypeKey = definition.BaseType.IsNil ? null : TypeKey(md, assembly, definition.BaseType),
                };
                foreach (InterfaceImplementationHandle implementation in definition.GetInterfaceImplementations())
                {
                    type.InterfaceKeys.Add(TypeKey(md, assembly, md.GetInterfaceImplementation(implementation).Interface));
                }

                ReadMembers(type, definition);
                _types[type.Key] = type;
                if (type.IsContract)
                {
                    if (!_contractTypesByName.TryGetValue(fullName, out List<MetadataType> sameName))
                    {
                        _contractTypesByName[fullName] = sameName = new List<MetadataType>();
                    }

                    sameName.Add(type);
                }
            }
        }

        private static bool IsVisible(MetadataReader md, TypeDefinitionHandle handle)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            return ApiShape.IsVisible(type.Attributes, !declaring.IsNil && IsVisible(md, declaring));
        }

        private void ReadMembers(MetadataType type, TypeDefinition definition)
        {
            MetadataReader md = type.Reader;
            foreach (MethodDefinitionHandle handle in definition.GetMethods())
            {
                MethodDefinition method = md.GetMethodDefinition(handle);
                string name = md.GetString(method.Name);
                SignatureTypeNames names = new SignatureTypeNames();
                MethodSignature<string> signature = method.DecodeSignature(names, null);
                MetadataMember member = new MetadataMember
                {
                    DeclaringType = type,
                    Kind = name == ".ctor" || name == ".cctor" ? MetadataMemberKind.Constructor : MetadataMemberKind.Method,
                    Name = name,
                    Key = MethodKey(name, signature),
                    ParameterTypes = signature.ParameterTypes,
                    SignatureTypes = names.Seen,
                    MethodAttributes = method.Attributes,
                    Method = handle,
                    IsVisible = type.IsVisible && ApiShape.IsVisible(method.Attributes),
                };
                type.Members.Add(member);
                _methodsByHandle[(md, handle)] = member;
            }

            foreach (PropertyDefinitionHandle handle in definition.GetProperties())
            {
                PropertyDefinition property = md.GetPropertyDefinition(handle);
                string name = md.GetString(property.Name);
                SignatureTypeNames names = new SignatureTypeNames();
                MethodSignature<string> signature = property.DecodeSignature(names, null);
                MetadataMember member = new MetadataMember
                {
                    DeclaringType = type,
                    Kind = MetadataMemberKind.Property,
                    Name = name,
                    Key = "P:" + name + "(" + string.Join(",", signature.ParameterTypes) + ")",
                    ParameterTypes = signature.ParameterTypes,
                    SignatureTypes = names.Seen,
                };
                PropertyAccessors accessors = property.GetAccessors();
                Link(member, new[] { accessors.Getter, accessors.Setter }.Concat(accessors.Others));
                type.Members.Add(member);
            }

            foreach (EventDefinitionHandle handle in definition.GetEvents())
            {
                EventDefinition @event = md.GetEventDefinition(handle);
                string name = md.GetString(@event.Name);
                MetadataMember member = new MetadataMember
                {
                    DeclaringType = type,
                    Kind = MetadataMemberKind.Event,
                    Name = name,
                    Key = "E:" + name,
                    SignatureTypes = new[] { MetadataApiReader.TypeName(md, @event.Type) },
                };
                EventAccessors accessors = @event.GetAccessors();
                Link(member, new[] { accessors.Adder, accessors.Remover, accessors.Raiser }.Concat(accessors.Others));
                type.Members.Add(member);
            }

            foreach (FieldDefinitionHandle handle in definition.GetFields())
            {
                FieldDefinition field = md.GetFieldDefinition(handle);
                if ((field.Attributes & System.Reflection.FieldAttributes.RTSpecialName) != 0)
                {
                    continue; // an enum's value__
                }

                string name = md.GetString(field.Name);
                SignatureTypeNames names = new SignatureTypeNames();
                string fieldType = field.DecodeSignature(names, null);
                type.Members.Add(new MetadataMember
                {
                    DeclaringType = type,
                    Kind = MetadataMemberKind.Field,
                    Name = name,
                    Key = name + ":" + fieldType,
                    SignatureTypes = names.Seen,
                    FieldAttributes = field.Attributes,
                    IsVisible = type.IsVisible && ApiShape.IsVisible(field.Attributes),
                });
            }

            void Link(MetadataMember owner, IEnumerable<MethodDefinitionHandle> accessorHandles)
            {
                foreach (MethodDefinitionHandle accessorHandle in accessorHandles.Where(h => !h.IsNil))
                {
                    MetadataMember accessor = _methodsByHandle[(md, accessorHandle)];
                    accessor.Owner = owner;
                    owner.Accessors.Add(accessor);
                }

                owner.IsVisible = owner.Accessors.Any(a => a.IsVisible);
            }
        }

        private static string MethodKey(string name, MethodSignature<string> signature) =>
            name + "`" + signature.GenericParameterCount + "(" + string.Join(",", signature.ParameterTypes) + ")" + signature.ReturnType;

        /// <summary>"assembly|full name" of a TypeDef or TypeRef; null for a TypeSpec (generic instantiation: none in these contracts).</summary>
        private static string TypeKey(MetadataReader md, string self, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => self + "|" + MetadataApiReader.TypeDefinitionName(md, (TypeDefinitionHandle)handle),
            HandleKind.TypeReference => AssemblyOf(md, self, (TypeReferenceHandle)handle) + "|" + MetadataApiReader.TypeReferenceName(md, (TypeReferenceHandle)handle),
            _ => null,
        };

        private static string AssemblyOf(MetadataReader md, string self, TypeReferenceHandle handle)
        {
            EntityHandle scope = md.GetTypeReference(handle).ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.AssemblyReference => md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
                HandleKind.TypeReference => AssemblyOf(md, self, (TypeReferenceHandle)scope),
                _ => self,
            };
        }

        private MetadataType BaseOf(MetadataType type) =>
            type.BaseTypeKey != null && _types.TryGetValue(type.BaseTypeKey, out MetadataType baseType) ? baseType : null;

        /// <summary>The member with this key in the type or its nearest base type that declares one.</summary>
        private MetadataMember FindInChain(MetadataType type, string key)
        {
            for (MetadataType current = type; current != null; current = BaseOf(current))
            {
                MetadataMember member = current.Members.FirstOrDefault(m => m.Key == key);
                if (member != null)
                {
                    return member;
                }
            }

            return null;
        }

        private MethodBodyScan Scan(MetadataMember method)
        {
            if (!_scans.TryGetValue(method, out MethodBodyScan scan))
            {
                scan = MethodBodyScan.Of(method.DeclaringType.Pe, method.DeclaringType.Reader.GetMethodDefinition(method.Method));
                _scans[method] = scan;
            }

            return scan;
        }

        private void ReadConsumer(string path)
        {
            PEReader pe = new PEReader(ImmutableArray.Create(File.ReadAllBytes(path)));
            MetadataReader md = pe.GetMetadataReader();
            string self = md.GetString(md.GetAssemblyDefinition().Name);
            string label = Path.GetFileName(path);

            // TypeRefs: every type the assembly names, whether as a base type, an interface, an attribute, in a
            // signature, a local or a cast. Enum members are compiled to constants, so an enum is used through its TypeRef.
            foreach (TypeReferenceHandle handle in md.TypeReferences)
            {
                if (_types.TryGetValue(TypeKey(md, self, handle), out MetadataType type) && type.IsContract)
                {
                    KeepType(type, "referenced by " + label);
                }
            }

            // MemberRefs: every method called, constructor invoked (attributes included) and field accessed.
            foreach (MemberReferenceHandle handle in md.MemberReferences)
            {
                MemberReference reference = md.GetMemberReference(handle);
                if (reference.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                string typeKey = TypeKey(md, self, reference.Parent);
                string name = md.GetString(reference.Name);
                string key = reference.GetKind() == MemberReferenceKind.Method
                    ? MethodKey(name, reference.DecodeMethodSignature(new SignatureTypeNames(), null))
                    : name + ":" + reference.DecodeFieldSignature(new SignatureTypeNames(), null);
                _referencedMembers.Add(typeKey + "::" + key);
                if (_types.TryGetValue(typeKey, out MetadataType type) && type.IsContract)
                {
                    MetadataMember member = FindInChain(type, key);
                    if (member != null && member.DeclaringType.IsContract)
                    {
                        _usedMembers.Add(member);
                        Keep(member, "referenced by " + label);
                    }
                }
            }

            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                KeepWhatAFirmwareTypeBuildsOn(md, self, handle, label);
            }
        }

        /// <summary>
        /// A firmware type deriving from a contract class must override its abstract members, and its overrides bind to
        /// the contract's virtual members by name (no MemberRef); implementing a contract interface needs all its members.
        /// </summary>
        private void KeepWhatAFirmwareTypeBuildsOn(MetadataReader md, string self, TypeDefinitionHandle handle, string label)
        {
            TypeDefinition definition = md.GetTypeDefinition(handle);
            string name = label + " " + MetadataApiReader.TypeDefinitionName(md, handle);
            HashSet<string> overrides = new HashSet<string>(StringComparer.Ordinal);
            TypeDefinition current = definition;
            while (true)
            {
                foreach (MethodDefinitionHandle methodHandle in current.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(methodHandle);
                    if ((method.Attributes & System.Reflection.MethodAttributes.Virtual) != 0)
                    {
                        overrides.Add(MethodKey(md.GetString(method.Name), method.DecodeSignature(new SignatureTypeNames(), null)));
                    }
                }

                if (current.BaseType.IsNil || current.BaseType.Kind != HandleKind.TypeDefinition)
                {
                    break;
                }

                current = md.GetTypeDefinition((TypeDefinitionHandle)current.BaseType);
            }

            string baseKey = current.BaseType.IsNil ? null : TypeKey(md, self, current.BaseType);
            for (MetadataType ancestor = baseKey != null && _types.TryGetValue(baseKey, out MetadataType b) ? b : null; ancestor != null && ancestor.IsContract; ancestor = BaseOf(ancestor))
            {
                foreach (MetadataMember member in ancestor.Members.Where(m => m.IsVirtual))
                {
                    if (member.IsAbstract)
                    {
                        Keep(member, $"abstract member of {ancestor.FullName}, which {name} derives from and must override");
                    }
                    else if (overrides.Contains(member.Key))
                    {
                        Keep(member, $"overridden by {name}");
                    }
                }
            }

            foreach (InterfaceImplementationHandle implementation in definition.GetInterfaceImplementations())
            {
                string interfaceKey = TypeKey(md, self, md.GetInterfaceImplementation(implementation).Interface);
                if (interfaceKey != null && _types.TryGetValue(interfaceKey, out MetadataType contractInterface) && contractInterface.IsContract)
                {
                    foreach (MetadataMember member in contractInterface.Members)
                    {
                        Keep(member, $"member of {contractInterface.FullName}, which {name} implements");
                    }
                }
            }
        }

        private void ApplyTypeAllowances(MetadataType type)
        {
            MetadataType baseType = BaseOf(type);
            if (baseType != null && baseType.IsContract)
            {
                KeepType(baseType, "base type of " + type.FullName);
            }

            foreach (string interfaceKey in type.InterfaceKeys)
            {
                if (interfaceKey == null || !_types.TryGetValue(interfaceKey, out MetadataType implemented))
                {
                    continue;
                }

                if (implemented.IsContract)
                {
                    KeepType(implemented, "interface of " + type.FullName);
                }

                // The type declares the interface, so it must implement its members (implicitly: public methods of
                // the same name and signature, here or in a base class) or it does not compile.
                foreach (MetadataMember required in implemented.Members.Where(m => m.IsAbstract))
                {
                    MetadataMember implementation = FindInChain(type, required.Key);
                    if (implementation != null && implementation.IsVisible)
                    {
                        Keep(implementation, $"implements {implemented.FullName}.{required.Name}, which {type.FullName} declares: required to compile");
                    }
                }
            }

            // A kept concrete class derived from a kept abstract contract class overrides every abstract member of it:
            // the abstract declaration and the override are both part of a faithful declaration (the real package has
            // both) and one cannot go without the other.
            if (!type.IsAbstract && !type.IsInterface)
            {
                for (MetadataType ancestor = baseType; ancestor != null && ancestor.IsContract; ancestor = BaseOf(ancestor))
                {
                    foreach (MetadataMember abstractMember in ancestor.Members.Where(m => m.IsAbstract))
                    {
                        Keep(abstractMember, $"abstract member of {ancestor.FullName}, which the kept {type.FullName} overrides");
                        MetadataMember implementation = FindInChain(type, abstractMember.Key);
                        if (implementation != null && implementation != abstractMember)
                        {
                            Keep(implementation, $"override of the abstract {ancestor.FullName}.{abstractMember.Name}: {type.FullName} does not compile without it");
                        }
                    }
                }
            }

            foreach (MetadataMember member in type.Members)
            {
                if (member.Kind == MetadataMemberKind.Constructor && member.ParameterTypes.Count == 0 && !Scan(member).Throws)
                {
                    // Every declared body is 'throw null'; one that does not throw is the compiler's implicit constructor.
                    Keep(member, "compiler-generated default constructor: there is no declaration to delete");
                }
                else if (member.Kind == MetadataMemberKind.Constructor && !member.IsVisible)
                {
                    // Not public API (e.g. HttpRequestHeaders' internal constructor), but its ': base(...)' call counts.
                    Keep(member, "internal constructor, not public API");
                }
                else if (type.IsDelegate)
                {
                    // A delegate is declared in one line; its constructor, Invoke, BeginInvoke and EndInvoke are compiler-generated.
                    Keep(member, "compiler-generated member of a delegate type: there is no declaration to delete");
                }
                else if (member.Kind == MetadataMemberKind.Field && type.IsEnum)
                {
                    Keep(member, "enum member: uses are compiled to constants, so the enum type's use counts");
                }
                else if (member.IsLiteral)
                {
                    Keep(member, "constant: uses are compiled to its value");
                }
            }
        }

        private void ApplyMemberAllowances(MetadataMember member)
        {
            KeepType(member.DeclaringType, "declares " + member.Display);

            // A type that appears in a kept signature must exist for the declaration to compile.
            foreach (string typeName in member.SignatureTypes)
            {
                if (_contractTypesByName.TryGetValue(typeName, out List<MetadataType> types))
                {
                    foreach (MetadataType type in types)
                    {
                        KeepType(type, "in the signature of " + member.Display);
                    }
                }
            }

            // Accessors count with their property or event: removing one would change the property's declaration.
            if (member.Owner != null)
            {
                Keep(member.Owner, "its accessor " + member.Name + " is kept");
            }

            foreach (MetadataMember accessor in member.Accessors)
            {
                Keep(accessor, "accessor of the kept " + member.Display);
            }

            // The whole overload set of a used Assert method stays: the device compiler picks among all of them
            // (AreEqual has 15), so a partial set could bind a call to another overload than on the device.
            if (_usedMembers.Contains(member) && member.Kind == MetadataMemberKind.Method
                && member.DeclaringType.Assembly == TestFrameworkAssembly && member.DeclaringType.FullName == AssertType)
            {
                foreach (MetadataMember overload in member.DeclaringType.Members.Where(m => m.Kind == MetadataMemberKind.Method && m.Name == member.Name))
                {
                    Keep(overload, $"overload set of the used Assert.{member.Name}: the whole set decides overload resolution on the device");
                }
            }

            // A kept constructor's ': base(...)' call needs that base constructor.
            if (member.Kind == MetadataMemberKind.Constructor)
            {
                foreach (EntityHandle call in Scan(member).Calls)
                {
                    MetadataMember target = ResolveCall(member.DeclaringType, call);
                    if (target != null && target.Kind == MetadataMemberKind.Constructor && target.DeclaringType != member.DeclaringType)
                    {
                        Keep(target, $"base constructor called by {member.Display}");
                    }
                }
            }
        }

        /// <summary>
        /// An override in a kept type stays if the member it overrides is used: the firmware's calls bind to the base
        /// declaration (a MemberRef to Stream.Read or Object.ToString), and run the override.
        /// </summary>
        private void KeepOverridesOfUsedMembers()
        {
            foreach (MetadataType type in _keptTypes.Keys.ToList())
            {
                foreach (MetadataMember member in type.Members.Where(m => m.IsOverride && !_keptMembers.ContainsKey(m)))
                {
                    for (MetadataType ancestor = BaseOf(type); ancestor != null; ancestor = BaseOf(ancestor))
                    {
                        MetadataMember overridden = ancestor.Members.FirstOrDefault(m => m.IsVirtual && m.Key == member.Key);
                        if (overridden == null)
                        {
                            continue;
                        }

                        bool used = overridden.DeclaringType.IsContract
                            ? _keptMembers.ContainsKey(overridden)
                            : _referencedMembers.Contains(overridden.DeclaringType.Key + "::" + overridden.Key);
                        if (used)
                        {
                            Keep(member, $"override of {overridden.Display}, which is used");
                            break;
                        }
                    }
                }
            }
        }

        private MetadataMember ResolveCall(MetadataType caller, EntityHandle call)
        {
            MetadataReader md = caller.Reader;
            if (call.Kind == HandleKind.MethodDefinition)
            {
                return _methodsByHandle.TryGetValue((md, (MethodDefinitionHandle)call), out MetadataMember member) ? member : null;
            }

            if (call.Kind != HandleKind.MemberReference)
            {
                return null;
            }

            MemberReference reference = md.GetMemberReference((MemberReferenceHandle)call);
            if (reference.Parent.Kind != HandleKind.TypeReference || reference.GetKind() != MemberReferenceKind.Method)
            {
                return null;
            }

            string typeKey = TypeKey(md, caller.Assembly, reference.Parent);
            string key = MethodKey(md.GetString(reference.Name), reference.DecodeMethodSignature(new SignatureTypeNames(), null));
            return _types.TryGetValue(typeKey, out MetadataType type) ? FindInChain(type, key) : null;
        }

        private void KeepType(MetadataType type, string reason)
        {
            if (type.IsContract && !_keptTypes.ContainsKey(type))
            {
                _keptTypes[type] = reason;
                _changed = true;
            }
        }

        private void Keep(MetadataMember member, string reason)
        {
            if (member.DeclaringType.IsContract && !_keptMembers.ContainsKey(member))
            {
                _keptMembers[member] = reason;
                _changed = true;
            }
        }
    }
}

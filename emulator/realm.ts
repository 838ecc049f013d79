// The boundary between the emulated services (Node's realm) and a script's vm context: what a service hands the script belongs to the script's realm.

/**
 * Apps Script runs the script and its services' values in one JavaScript context: a Date read from a
 * cell is `instanceof Date`, an array from getValues `instanceof Array`. The emulator's services live
 * in Node's realm and the script in a vm context with its own intrinsics, so every value crossing to
 * the script is carried over: Dates become the script's Date, arrays and plain data objects are
 * rebuilt with the script's Array and Object, and service objects are wrapped so that what their
 * methods return crosses the same way. Values the script hands a service are unwrapped back, so the
 * services meet their own objects (a DataValidation, an Element, an enum value) as before.
 * Errors thrown by a service are left as they are (tests tell the emulator's own errors apart).
 */
export class Realm {
  /** Service object → what the script holds for it (a wrapper or a wrapped function). */
  private readonly wrapped = new WeakMap<object, object>();
  /** What the script holds → the service object behind it. */
  private readonly unwrapped = new WeakMap<object, object>();
  private readonly scriptArray: ArrayConstructor;
  private readonly scriptObject: ObjectConstructor;

  /**
   * @param context the script's vm context (its Array and Object are used)
   * @param scriptDate the script's Date, which must accept a millisecond count
   */
  constructor(
    context: Record<string, unknown>,
    private readonly scriptDate: DateConstructor,
  ) {
    const { Array: scriptArray, Object: scriptObject } = context as unknown as {
      Array: ArrayConstructor;
      Object: ObjectConstructor;
    };
    this.scriptArray = scriptArray;
    this.scriptObject = scriptObject;
  }

  /** A service's value as the script receives it. */
  toScript(value: unknown): unknown {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
    const known = this.wrapped.get(value);
    if (known) return known;
    if (this.unwrapped.has(value)) return value;
    if (typeof value === "function")
      return this.wrapFunction(value as (...args: unknown[]) => unknown, undefined);
    if (value instanceof this.scriptDate) return value;
    if (value instanceof Date) return new this.scriptDate(value.getTime());
    // Already the script's own (an object it handed a service that hands it back).
    if (Object.getPrototypeOf(value) === this.scriptObject.prototype) return value;
    if (Array.isArray(value)) {
      const out = new this.scriptArray(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toScript(value[i]);
      return out;
    }
    if (isPlainData(value)) {
      const out = new this.scriptObject() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.toScript(v);
      return out;
    }
    return this.wrapObject(value);
  }

  /** A script's value as a service receives it: its own objects back, arrays and plain objects rebuilt. */
  toServices(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const inner = this.unwrapped.get(value);
    if (inner) return inner;
    if (Array.isArray(value)) return value.map((v) => this.toServices(v));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype || proto === this.scriptObject.prototype) {
      const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
      for (const [k, v] of Object.entries(value)) out[k] = this.toServices(v);
      return out;
    }
    return value;
  }

  private wrapFunction(fn: (...args: unknown[]) => unknown, self: object | undefined): object {
    const realm = this;
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      const target = self ?? realm.toServices(this);
      return realm.toScript(
        fn.apply(
          target,
          args.map((a) => realm.toServices(a)),
        ),
      );
    };
    if (self === undefined) {
      this.wrapped.set(fn, wrapper);
      this.unwrapped.set(wrapper, fn);
    }
    return wrapper;
  }

  private wrapObject(target: object): object {
    const methods = new Map<PropertyKey, object>();
    const proxy = new Proxy(target, {
      get: (t, key) => {
        const value: unknown = Reflect.get(t, key, t);
        // A frozen property must read as itself (a proxy invariant): enum values' methods, which take nothing.
        const own = Object.getOwnPropertyDescriptor(t, key);
        if (own && !own.configurable && !own.writable && "value" in own) return value;
        if (typeof value !== "function") return this.toScript(value);
        let method = methods.get(key);
        if (!method) {
          method = this.wrapFunction(value as (...args: unknown[]) => unknown, t);
          methods.set(key, method);
        }
        return method;
      },
      set: (t, key, value) => Reflect.set(t, key, this.toServices(value), t),
    });
    this.wrapped.set(target, proxy);
    this.unwrapped.set(proxy, target);
    return proxy;
  }
}

/** An object literal that only holds data: copied across rather than wrapped. */
function isPlainData(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype) return false;
  for (const v of Object.values(value)) if (typeof v === "function") return false;
  return true;
}

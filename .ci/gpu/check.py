"GPU check (bash .ci/gpu/run.sh [OUT_DIR]): the course recipe at GPU size timed, its peak memory, its prompt adherence, a training-step benchmark, sampler timings."
import json, os, shutil, time, torch
OUT, T0 = os.environ["OUT"], time.time()
DRY = bool(os.environ.get("DRY"))   # a small CPU rehearsal of this script
DEV = "cpu" if DRY else "cuda"
if DRY: torch.cuda.synchronize = lambda *a: None
def dump(name, obj): open(f"{OUT}/{name}", "w").write(json.dumps(obj, indent=1, default=str))
import accelerate, datasets, huggingface_hub, pyarrow, transformers
print("torch", torch.__version__, "| transformers", transformers.__version__, "| accelerate", accelerate.__version__, "| datasets", datasets.__version__,
      "| hub", huggingface_hub.__version__, "| pyarrow", pyarrow.__version__, "|", torch.cuda.get_device_name(0) if not DRY else "cpu", flush=True)
from penguin_sd.bench import recipe_timing
from penguin_sd.pipeline import PenguinPipeline, VALIDATION_PROMPTS
from penguin_sd.adherence import adherence_table, offline_judges, prompt_adherence
from penguin_sd.train import benchmark_training, benchmark_training_loop

print("== 1. the course recipe, timed", flush=True)
recipe = recipe_timing("tiny" if DRY else "course", out="/tmp/course", device=DEV)
dump("recipe.json", recipe)
log = json.load(open("/tmp/course/training_log.json")); log["unet_losses"] = log["unet_losses"][::50]
dump("training_log.json", log)
grids = sorted(os.listdir("/tmp/course/samples")); shutil.copy(f"/tmp/course/samples/{grids[-1]}", f"{OUT}/course_{grids[-1]}")

print(f"== 2. training step at batch 256: cached vs encode every batch, peak memory [{time.time() - T0:.0f}s]", flush=True)
pipe = PenguinPipeline.from_pretrained("/tmp/course", device=DEV)
dump("train_step.json", benchmark_training(steps=2 if DRY else 20, rounds=1 if DRY else 3, batch_size=16 if DRY else 256, n_faces=256 if DRY else 4096, device=DEV, vae=pipe.vae, text_encoder=pipe.text_encoder))

print(f"== 2b. the UNet update before the engine vs through it, and compiled [{time.time() - T0:.0f}s]", flush=True)
dump("train_loop.json", benchmark_training_loop(steps=6 if DRY else 200, warmup=2 if DRY else 50, rounds=1 if DRY else 3, batch_size=16 if DRY else 256,
                                               n_faces=256 if DRY else 4096, device=DEV))

print(f"== 3. prompt adherence of the GPU-trained course pipeline [{time.time() - T0:.0f}s]", flush=True)
judges = offline_judges(progress=False)
results = {}
for s in (1.0, 4.0):
    start = time.perf_counter()
    results[f"course recipe (GPU), s={s:g}"] = prompt_adherence(pipe, judges, s, progress=False, **(dict(n_per_prompt=1, num_inference_steps=3) if DRY else {}))
    print(f"s={s:g}: {time.perf_counter() - start:.1f}s", flush=True)
    dump("adherence.json", results)
print(adherence_table(results).to_string(), flush=True)

print(f"== 4. sampler timings, 6 prompts × 8 faces [{time.time() - T0:.0f}s]", flush=True)
timings = {}
for sampler, steps in ((("ddpm", 10), ("ddim", 5)) if DRY else (("ddpm", 1000), ("ddim", 50), ("ddim", 25))):
    pipe(VALIDATION_PROMPTS[:1], num_inference_steps=5, sampler=sampler, seed=0, progress=False)
    torch.cuda.synchronize(); start = time.perf_counter()
    images = pipe(VALIDATION_PROMPTS, num_inference_steps=steps, sampler=sampler, seed=0, n_per_prompt=1 if DRY else 8, progress=False, output_type="tensor")
    torch.cuda.synchronize(); timings[f"{sampler}-{steps}"] = time.perf_counter() - start
    print(f"{sampler}-{steps}: {timings[f'{sampler}-{steps}']:.2f}s for 48 faces", flush=True)
dump("samplers.json", timings)
from penguin_sd.data import image_grid
image_grid(pipe(VALIDATION_PROMPTS, num_inference_steps=5 if DRY else 50, seed=0, n_per_prompt=6, progress=False),
           titles=[p for p in VALIDATION_PROMPTS for _ in range(6)], ncols=6).save(f"{OUT}/course_ddim50.png")
print(f"done [{time.time() - T0:.0f}s]")
